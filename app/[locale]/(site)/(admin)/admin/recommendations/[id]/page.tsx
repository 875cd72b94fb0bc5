import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { SelectField, TextField } from "@/components/forms/fields";
import { StatusChangeForm } from "@/components/forms/status-change-form";
import { RecommendationTimeline } from "@/components/recommendations/recommendation-timeline";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Link } from "@/i18n/navigation";
import { changeRecommendationStatus } from "@/lib/actions/admin/recommendations";
import { requireAdmin } from "@/lib/dal";
import { getFormat } from "@/lib/format";
import { label, labelOptions } from "@/lib/labels";
import { listMeetings } from "@/lib/queries/meetings";
import { getRecommendation } from "@/lib/queries/recommendations";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.recommendations.entry");
  return { title: t("metaTitle") };
}

export default async function AdminRecommendationPage({ params }: Props) {
  const tLabels = await getTranslations("labels");
  const { id } = await params;
  await requireAdmin(`/admin/recommendations/${id}`);
  const [recommendation, meetings, t, tForm, format] = await Promise.all([
    getRecommendation(id),
    listMeetings(),
    getTranslations("admin.recommendations.entry"),
    getTranslations("admin.recommendations.form"),
    getFormat(),
  ]);
  if (!recommendation) notFound();

  return (
    <>
      <PageHeader title={recommendation.title}>
        <p className="mt-2 flex flex-wrap items-center gap-2">
          <Badge tone="brand">{label(tLabels, "recommendationStatus", recommendation.status)}</Badge>
          {recommendation.visibility === "HIDDEN" ? <Badge tone="warning">{t("hidden")}</Badge> : null}
          <Link href={`/recommendations/${recommendation.id}`}>{t("publicPage")}</Link>
        </p>
      </PageHeader>
      <Section id="status-heading" title={t("changeStatus")}>
        <StatusChangeForm
          action={changeRecommendationStatus}
          hidden={{ recommendationId: recommendation.id }}
          statuses={labelOptions(tLabels, "recommendationStatus")}
          current={recommendation.status}
          noteMax={1000}
          labels={{
            status: tForm("status"),
            chooseStatus: tForm("chooseStatus"),
            note: tForm("note"),
            noteHint: tForm("noteHint"),
            submit: tForm("submit"),
            saving: tForm("saving"),
          }}
        >
          <SelectField
            name="meetingId"
            label={tForm("meeting")}
            hint={tForm("meetingHint")}
            options={meetings.map((meeting) => ({
              value: meeting.id,
              label: `${meeting.name}, ${meeting.city}${meeting.startDate ? ` (${format.date(meeting.startDate)})` : ""}`,
            }))}
            emptyLabel={tForm("chooseMeeting")}
          />
          <TextField name="changedOn" label={tForm("date")} type="date" hint={tForm("dateHint")} />
        </StatusChangeForm>
      </Section>
      <RecommendationTimeline title={t("history")} changes={recommendation.statusChanges} />
    </>
  );
}
