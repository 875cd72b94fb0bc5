import { useTranslations } from "next-intl";
import { Timeline } from "@/components/ui/timeline";
import { partnershipStatusLabels } from "@/lib/labels";
import type { PartnershipDetail } from "@/lib/queries/partnerships";

// Who moved the pairing, when, from which status to which, and why; changes without an account are the team's.
export function PartnershipTimeline({ changes }: { changes: PartnershipDetail["statusChanges"] }) {
  const t = useTranslations("partnerships.timeline");
  return (
    <Timeline
      title={t("title")}
      steps={changes.map((change) => ({
        id: change.id,
        changedAt: change.changedAt,
        from: change.fromStatus ? partnershipStatusLabels[change.fromStatus] : null,
        to: partnershipStatusLabels[change.toStatus],
        detail: t("by", { name: change.changedBy?.name ?? t("portalAdmin") }),
        note: change.note,
      }))}
    />
  );
}
