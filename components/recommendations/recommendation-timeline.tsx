import { useTranslations } from "next-intl";
import { Timeline } from "@/components/ui/timeline";
import { label } from "@/lib/labels";
import type { RecommendationDetail } from "@/lib/queries/recommendations";

// A recommendation's follow-up, oldest first: on its public page and in the admin area.
export function RecommendationTimeline({
  title,
  changes,
}: {
  title: string;
  changes: RecommendationDetail["statusChanges"];
}) {
  const tLabels = useTranslations("labels");
  return (
    <Timeline
      title={title}
      steps={changes.map((change) => ({
        id: change.id,
        changedAt: change.changedAt,
        from: change.fromStatus ? label(tLabels, "recommendationStatus", change.fromStatus) : null,
        to: label(tLabels, "recommendationStatus", change.toStatus),
        detail: change.meeting ? `${change.meeting.name}, ${change.meeting.city}` : null,
        note: change.note,
      }))}
    />
  );
}
