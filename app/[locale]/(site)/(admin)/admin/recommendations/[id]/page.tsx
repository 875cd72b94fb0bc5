import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { RecommendationStatusForm } from "@/components/admin/recommendation-status-form";
import { RecommendationTimeline } from "@/components/recommendations/recommendation-timeline";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/dal";
import { formatDate } from "@/lib/format";
import { recommendationStatusLabels } from "@/lib/labels";
import { listMeetings } from "@/lib/queries/meetings";
import { getRecommendation } from "@/lib/queries/recommendations";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Follow up a recommendation" };

export default async function AdminRecommendationPage({ params }: Props) {
  const { id } = await params;
  await requireAdmin(`/admin/recommendations/${id}`);
  const [recommendation, meetings] = await Promise.all([getRecommendation(id), listMeetings()]);
  if (!recommendation) notFound();

  return (
    <>
      <AdminNav />
      <PageHeader title={recommendation.title}>
        <p className="mt-2 flex flex-wrap items-center gap-2">
          <Badge tone="brand">{recommendationStatusLabels[recommendation.status]}</Badge>
          {recommendation.visibility === "HIDDEN" ? <Badge tone="warning">Hidden</Badge> : null}
          <Link href={`/recommendations/${recommendation.id}`}>Public page</Link>
        </p>
      </PageHeader>
      <section aria-labelledby="status-heading">
        <h2 id="status-heading" className="mb-3 text-xl font-semibold">
          Change the status
        </h2>
        <RecommendationStatusForm
          recommendationId={recommendation.id}
          status={recommendation.status}
          meetings={meetings.map((meeting) => ({
            value: meeting.id,
            label: `${meeting.name}, ${meeting.city}${meeting.startDate ? ` (${formatDate(meeting.startDate)})` : ""}`,
          }))}
        />
      </section>
      <RecommendationTimeline title="Follow-up so far" changes={recommendation.statusChanges} />
    </>
  );
}
