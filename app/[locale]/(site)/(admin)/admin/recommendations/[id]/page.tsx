import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { RecommendationStatusForm } from "@/components/admin/recommendation-status-form";
import { RecommendationTimeline } from "@/components/recommendations/recommendation-timeline";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { requireAdmin } from "@/lib/dal";
import { getFormat } from "@/lib/format";
import { recommendationStatusLabels } from "@/lib/labels";
import { listMeetings } from "@/lib/queries/meetings";
import { getRecommendation } from "@/lib/queries/recommendations";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.recommendations.entry");
  return { title: t("metaTitle") };
}

export default async function AdminRecommendationPage({ params }: Props) {
  const { id } = await params;
  await requireAdmin(`/admin/recommendations/${id}`);
  const [recommendation, meetings, t, format] = await Promise.all([
    getRecommendation(id),
    listMeetings(),
    getTranslations("admin.recommendations.entry"),
    getFormat(),
  ]);
  if (!recommendation) notFound();

  return (
    <>
      <AdminNav />
      <PageHeader title={recommendation.title}>
        <p className="mt-2 flex flex-wrap items-center gap-2">
          <Badge tone="brand">{recommendationStatusLabels[recommendation.status]}</Badge>
          {recommendation.visibility === "HIDDEN" ? <Badge tone="warning">{t("hidden")}</Badge> : null}
          <Link href={`/recommendations/${recommendation.id}`}>{t("publicPage")}</Link>
        </p>
      </PageHeader>
      <section aria-labelledby="status-heading">
        <h2 id="status-heading" className="mb-3 text-xl font-semibold">
          {t("changeStatus")}
        </h2>
        <RecommendationStatusForm
          recommendationId={recommendation.id}
          status={recommendation.status}
          meetings={meetings.map((meeting) => ({
            value: meeting.id,
            label: `${meeting.name}, ${meeting.city}${meeting.startDate ? ` (${format.date(meeting.startDate)})` : ""}`,
          }))}
        />
      </section>
      <RecommendationTimeline title={t("history")} changes={recommendation.statusChanges} />
    </>
  );
}
