import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { useTranslations } from "next-intl";
import { AdminNav } from "@/components/admin/admin-nav";
import { DismissReportForm, HideEntryForm, RestoreEntryForm } from "@/components/admin/moderation-forms";
import { Notice } from "@/components/admin/notice";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Link } from "@/i18n/navigation";
import { requireAdmin } from "@/lib/dal";
import { useFormat } from "@/lib/format";
import { reportReasonLabels } from "@/lib/labels";
import { listHiddenEntries, listOpenReports, type OpenReport } from "@/lib/queries/admin/moderation";
import { pageNumber, type SearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.page");
  return { title: t("title") };
}

export default async function ModerationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin("/admin/moderation");
  const params = await searchParams;
  const [reports, hidden, t] = await Promise.all([
    listOpenReports(pageNumber(params.page)),
    listHiddenEntries(),
    getTranslations("moderation.page"),
  ]);
  const notices = {
    hidden: t("notices.hidden"),
    restored: t("notices.restored"),
    dismissed: t("notices.dismissed"),
  };

  return (
    <>
      <AdminNav />
      <PageHeader title={t("title")} lead={t("lead")} />
      <Notice params={params} messages={notices} />
      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading" className="mb-3 text-xl font-semibold">
          {t("openReports", { count: reports.total })}
        </h2>
        {reports.items.length ? (
          <ul className="space-y-4">
            {reports.items.map((report) => (
              <ReportItem key={report.id} report={report} />
            ))}
          </ul>
        ) : (
          <EmptyState title={t("noReports")} />
        )}
        <Pagination
          pathname="/admin/moderation"
          searchParams={params}
          page={reports.page}
          pageCount={reports.pageCount}
          total={reports.total}
        />
      </section>
      <section aria-labelledby="hidden-heading" className="mt-10">
        <h2 id="hidden-heading" className="mb-3 text-xl font-semibold">
          {t("hiddenEntries", { count: hidden.projects.length + hidden.recommendations.length })}
        </h2>
        <ul className="space-y-3">
          {hidden.projects.map((project) => (
            <li key={project.id} className="rounded border border-gray-200 p-3">
              <p>
                {t.rich("hiddenProject", {
                  entry: (chunks) => <Link href={`/projects/${project.slug}`}>{chunks}</Link>,
                  title: project.title,
                  reason: project.hiddenReason ?? "",
                })}
              </p>
              <RestoreEntryForm target={{ projectId: project.id }} />
            </li>
          ))}
          {hidden.recommendations.map((recommendation) => (
            <li key={recommendation.id} className="rounded border border-gray-200 p-3">
              <p>
                {t.rich("hiddenRecommendation", {
                  entry: (chunks) => <Link href={`/recommendations/${recommendation.id}`}>{chunks}</Link>,
                  title: recommendation.title,
                  reason: recommendation.hiddenReason ?? "",
                })}
              </p>
              <RestoreEntryForm target={{ recommendationId: recommendation.id }} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function ReportItem({ report }: { report: OpenReport }) {
  const t = useTranslations("moderation.page");
  const format = useFormat();
  const entry = report.project ?? report.recommendation;
  const href = report.project
    ? `/projects/${report.project.slug}`
    : `/recommendations/${report.recommendation?.id}`;
  const target = report.project
    ? { projectId: report.project.id }
    : { recommendationId: report.recommendation!.id };
  return (
    <li className="rounded border border-gray-200 p-4">
      <h3 className="font-semibold">
        {t.rich(report.project ? "reportedProject" : "reportedRecommendation", {
          entry: (chunks) => <Link href={href}>{chunks}</Link>,
          title: entry?.title ?? "",
        })}{" "}
        {entry?.visibility === "HIDDEN" ? <Badge tone="warning">{t("hidden")}</Badge> : null}
      </h3>
      <p className="mt-1 text-gray-800">
        <Badge>{reportReasonLabels[report.reason]}</Badge>{" "}
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
        <DismissReportForm reportId={report.id} />
      </div>
    </li>
  );
}
