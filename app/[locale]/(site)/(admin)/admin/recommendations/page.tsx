import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { PagedList } from "@/components/admin/paged-list";
import { Badge } from "@/components/ui/badge";
import { FilterForm, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/dal";
import { getFormat } from "@/lib/format";
import { RecommendationStatus } from "@/lib/generated/prisma/enums";
import { label, labelOptions } from "@/lib/labels";
import { listRecommendationsForFollowUp } from "@/lib/queries/admin/recommendations";
import { oneOf, pageNumber, type SearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.recommendations.list");
  return { title: t("title") };
}

const PATH = "/admin/recommendations";

export default async function AdminRecommendationsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const tLabels = await getTranslations("labels");
  await requireAdmin(PATH);
  const params = await searchParams;
  const [found, t, format] = await Promise.all([
    listRecommendationsForFollowUp({
      status: oneOf(params.status, Object.values(RecommendationStatus)),
      page: pageNumber(params.page),
    }),
    getTranslations("admin.recommendations.list"),
    getFormat(),
  ]);

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <FilterForm action={PATH} clearHref={PATH}>
        <SelectFilter
          name="status"
          label={t("status")}
          options={labelOptions(tLabels, "recommendationStatus")}
          searchParams={params}
        />
      </FilterForm>
      <PagedList found={found} pathname={PATH} searchParams={params} empty={t("empty")}>
        {(recommendation) => (
          <>
            <h2 className="font-semibold">
              <Link href={`${PATH}/${recommendation.id}`}>{recommendation.title}</Link>
            </h2>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-gray-800">
              <Badge tone="brand">{label(tLabels, "recommendationStatus", recommendation.status)}</Badge>
              {recommendation.visibility === "HIDDEN" ? <Badge tone="warning">{t("hidden")}</Badge> : null}
              {recommendation.workshop.title} ·{" "}
              {recommendation.submittedByOrganisation?.name ?? recommendation.submittedByLabel} ·{" "}
              {format.date(recommendation.submittedAt)}
            </p>
          </>
        )}
      </PagedList>
    </>
  );
}
