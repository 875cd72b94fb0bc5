import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { DismissReportForm, HideEntryForm, RestoreEntryForm } from "@/components/admin/moderation-forms";
import { Notice } from "@/components/admin/notice";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireAdmin } from "@/lib/dal";
import { formatDate, plural } from "@/lib/format";
import { reportReasonLabels } from "@/lib/labels";
import { listHiddenEntries, listOpenReports, type OpenReport } from "@/lib/queries/admin/moderation";
import { pageNumber, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Moderation" };

const notices = {
  hidden: "The entry is hidden; its address now shows the reason.",
  restored: "The entry is published again.",
  dismissed: "The report is dismissed; the entry is unchanged.",
};

export default async function ModerationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin("/admin/moderation");
  const params = await searchParams;
  const [reports, hidden] = await Promise.all([
    listOpenReports(pageNumber(params.page)),
    listHiddenEntries(),
  ]);

  return (
    <>
      <AdminNav />
      <PageHeader
        title="Moderation"
        lead="Reports never hide anything by themselves. Hide an entry with a reason that is shown at its address, or dismiss the report."
      />
      <Notice params={params} messages={notices} />
      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading" className="mb-3 text-xl font-semibold">
          Open reports ({reports.total})
        </h2>
        {reports.items.length ? (
          <ul className="space-y-4">
            {reports.items.map((report) => (
              <ReportItem key={report.id} report={report} />
            ))}
          </ul>
        ) : (
          <EmptyState title="No report is waiting." />
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
          Hidden entries ({plural(hidden.projects.length + hidden.recommendations.length, "entry", "entries")}
          )
        </h2>
        <ul className="space-y-3">
          {hidden.projects.map((project) => (
            <li key={project.id} className="rounded border border-gray-200 p-3">
              <p>
                Project <Link href={`/projects/${project.slug}`}>{project.title}</Link>:{" "}
                {project.hiddenReason}
              </p>
              <RestoreEntryForm target={{ projectId: project.id }} />
            </li>
          ))}
          {hidden.recommendations.map((recommendation) => (
            <li key={recommendation.id} className="rounded border border-gray-200 p-3">
              <p>
                Recommendation{" "}
                <Link href={`/recommendations/${recommendation.id}`}>{recommendation.title}</Link>:{" "}
                {recommendation.hiddenReason}
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
        {report.project ? "Project" : "Recommendation"}: <Link href={href}>{entry?.title}</Link>{" "}
        {entry?.visibility === "HIDDEN" ? <Badge tone="warning">Hidden</Badge> : null}
      </h3>
      <p className="mt-1 text-gray-800">
        <Badge>{reportReasonLabels[report.reason]}</Badge> reported by {report.reporter.name ?? "a member"}
        {report.reporter.organisation ? ` (${report.reporter.organisation.name})` : ""} on{" "}
        {formatDate(report.createdAt)}
      </p>
      {report.comment ? <blockquote className="mt-1 text-gray-800">“{report.comment}”</blockquote> : null}
      <div className="mt-3 grid gap-4 sm:grid-cols-[2fr_1fr]">
        {entry?.visibility === "HIDDEN" ? (
          <p>Already hidden.</p>
        ) : (
          <HideEntryForm target={target} rowKey={report.id} />
        )}
        <DismissReportForm reportId={report.id} />
      </div>
    </li>
  );
}
