import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireAdmin } from "@/lib/dal";
import { getFormat } from "@/lib/format";
import { RecommendationStatus } from "@/lib/generated/prisma/enums";
import { optionsOf, recommendationStatusLabels } from "@/lib/labels";
import { listRecommendationsForFollowUp } from "@/lib/queries/admin/recommendations";
import { oneOf, pageNumber, type SearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.recommendations.list");
  return { title: t("title") };
}

export default async function AdminRecommendationsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  await requireAdmin("/admin/recommendations");
  const params = await searchParams;
  const [{ items, total, page, pageCount }, t, format] = await Promise.all([
    listRecommendationsForFollowUp({
      status: oneOf(params.status, Object.values(RecommendationStatus)),
      page: pageNumber(params.page),
    }),
    getTranslations("admin.recommendations.list"),
    getFormat(),
  ]);

  return (
    <>
      <AdminNav />
      <PageHeader title={t("title")} lead={t("lead")} />
      <FilterForm action="/admin/recommendations" clearHref="/admin/recommendations">
        <SelectFilter
          name="status"
          label={t("status")}
          options={optionsOf(recommendationStatusLabels)}
          searchParams={params}
        />
      </FilterForm>
      {items.length ? (
        <ul className="space-y-3">
          {items.map((recommendation) => (
            <li key={recommendation.id} className="rounded border border-gray-200 p-3">
              <h2 className="font-semibold">
                <Link href={`/admin/recommendations/${recommendation.id}`}>{recommendation.title}</Link>
              </h2>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-gray-800">
                <Badge tone="brand">{recommendationStatusLabels[recommendation.status]}</Badge>
                {recommendation.visibility === "HIDDEN" ? <Badge tone="warning">{t("hidden")}</Badge> : null}
                {recommendation.workshop.title} ·{" "}
                {recommendation.submittedByOrganisation?.name ?? recommendation.submittedByLabel} ·{" "}
                {format.date(recommendation.submittedAt)}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={t("empty")} />
      )}
      <Pagination
        pathname="/admin/recommendations"
        searchParams={params}
        page={page}
        pageCount={pageCount}
        total={total}
      />
    </>
  );
}
