import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import { HideEntryForm } from "@/components/admin/hide-entry-form";
import { Notice } from "@/components/admin/notice";
import { PagedList } from "@/components/admin/paged-list";
import { ActionForm } from "@/components/forms/action-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Link } from "@/i18n/navigation";
import { dismissReport, restoreEntry } from "@/lib/actions/admin/moderation";
import { requireAdmin } from "@/lib/dal";
import { useFormat } from "@/lib/format";
import { label } from "@/lib/labels";
import { listHiddenEntries, listOpenReports, type OpenReport } from "@/lib/queries/admin/moderation";
import { pageNumber, type SearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.page");
  return { title: t("title") };
}

export default async function ModerationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin("/admin/moderation");
  const params = await searchParams;
  const [reports, hidden, t, tForms] = await Promise.all([
    listOpenReports(pageNumber(params.page)),
    listHiddenEntries(),
    getTranslations("moderation.page"),
    getTranslations("moderation.forms"),
  ]);
  const hiddenEntries = [
    ...hidden.projects.map((project) => ({
      ...project,
      message: "hiddenProject" as const,
      href: `/projects/${project.slug}`,
      target: { projectId: project.id },
    })),
    ...hidden.recommendations.map((recommendation) => ({
      ...recommendation,
      message: "hiddenRecommendation" as const,
      href: `/recommendations/${recommendation.id}`,
      target: { recommendationId: recommendation.id },
    })),
  ];
  const notices = {
    hidden: t("notices.hidden"),
    restored: t("notices.restored"),
    dismissed: t("notices.dismissed"),
  };

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Notice params={params} messages={notices} />
      <Section id="reports-heading" title={t("openReports", { count: reports.total })}>
        <PagedList found={reports} pathname="/admin/moderation" searchParams={params} empty={t("noReports")}>
          {(report) => <ReportItem report={report} />}
        </PagedList>
      </Section>
      <Section
        id="hidden-heading"
        title={t("hiddenEntries", { count: hiddenEntries.length })}
        className="mt-10"
      >
        <ul className="space-y-3">
          {hiddenEntries.map((entry) => (
            <li key={entry.id} className="rounded border border-gray-200 p-3">
              <p>
                {t.rich(entry.message, {
                  entry: (chunks) => <Link href={entry.href}>{chunks}</Link>,
                  title: entry.title,
                  reason: entry.hiddenReason ?? "",
                })}
              </p>
              <ActionForm
                action={restoreEntry}
                hidden={entry.target}
                submit={{ label: tForms("restore"), pendingLabel: tForms("restoring"), tone: "secondary" }}
                className="flex flex-col gap-2"
              />
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

function ReportItem({ report }: { report: OpenReport }) {
  const tLabels = useTranslations("labels");
  const t = useTranslations("moderation.page");
  const tForms = useTranslations("moderation.forms");
  const format = useFormat();
  const entry = report.project ?? report.recommendation;
  const href = report.project
    ? `/projects/${report.project.slug}`
    : `/recommendations/${report.recommendation?.id}`;
  const target = report.project
    ? { projectId: report.project.id }
    : { recommendationId: report.recommendation!.id };
  return (
    <>
      <h3 className="font-semibold">
        {t.rich(report.project ? "reportedProject" : "reportedRecommendation", {
          entry: (chunks) => <Link href={href}>{chunks}</Link>,
          title: entry?.title ?? "",
        })}{" "}
        {entry?.visibility === "HIDDEN" ? <Badge tone="warning">{t("hidden")}</Badge> : null}
      </h3>
      <p className="mt-1 text-gray-800">
        <Badge>{label(tLabels, "reportReason", report.reason)}</Badge>{" "}
        {report.reporter.organisation
          ? t("reportedByOrganisation", {
              name: report.reporter.name ?? t("aMember"),
              organisation: report.reporter.organisation.name,
              date: format.date(report.createdAt),
            })
          : t("reportedBy", {
              name: report.reporter.name ?? t("aMember"),
              date: format.date(report.createdAt),
            })}
      </p>
      {report.comment ? (
        <blockquote className="mt-1 text-gray-800">{t("comment", { comment: report.comment })}</blockquote>
      ) : null}
      <div className="mt-3 grid gap-4 sm:grid-cols-[2fr_1fr]">
        {entry?.visibility === "HIDDEN" ? (
          <p>{t("alreadyHidden")}</p>
        ) : (
          <HideEntryForm target={target} rowKey={report.id} />
        )}
        <ActionForm
          action={dismissReport}
          hidden={{ reportId: report.id }}
          submit={{ label: tForms("dismiss"), pendingLabel: tForms("dismissing"), tone: "secondary" }}
          className="flex flex-col gap-2"
        />
      </div>
    </>
  );
}
