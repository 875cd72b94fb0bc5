import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PartnershipFilterForm } from "@/components/partnerships/partnership-filters";
import { partnershipName } from "@/components/partnerships/partnership-list";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ResultCount } from "@/components/ui/result-count";
import { Link } from "@/i18n/navigation";
import { requireAdmin } from "@/lib/dal";
import { label } from "@/lib/labels";
import { readPartnershipList } from "@/lib/lists/read";
import { listDesignationCountryOptions, listDesignationYears } from "@/lib/queries/cities";
import { listPartnerships } from "@/lib/queries/partnerships";
import { hrefWith, single, type SearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.partnerships.list");
  return { title: t("title") };
}

const PATH = "/admin/partnerships";

export default async function AdminPartnershipsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const tLabels = await getTranslations("labels");
  await requireAdmin(PATH);
  const params = await searchParams;
  const [countryOptions, years] = await Promise.all([
    listDesignationCountryOptions(await getLocale()),
    listDesignationYears(),
  ]);
  const [{ items, total, page, pageCount }, t] = await Promise.all([
    readPartnershipList(params).then(({ filters }) => listPartnerships(filters)),
    getTranslations("admin.partnerships.list"),
  ]);

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")}>
        <p className="mt-3 flex flex-wrap gap-4">
          <Link href={`${PATH}/new`} className="font-medium">
            {t("new")}
          </Link>
          <Link href={`${PATH}/suggestions`}>{t("suggestions")}</Link>
          <Link href={`${PATH}/suggestions#documented-pairings`}>{t("fromDocumented")}</Link>
        </p>
      </PageHeader>
      {single(params.deleted) ? (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t("deleted")}
        </p>
      ) : null}
      <PartnershipFilterForm
        pathname={PATH}
        searchParams={params}
        countryOptions={countryOptions}
        years={years}
      />
      <ResultCount total={total} noun="pairing" />
      {items.length ? (
        <ul className="divide-y divide-gray-200">
          {items.map((partnership) => (
            <li key={partnership.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
              <div>
                <h2 className="flex flex-wrap items-center gap-2 font-semibold">
                  {partnershipName(partnership)}
                  <Badge tone="brand">{label(tLabels, "partnershipStatus", partnership.status)}</Badge>
                  {partnership.isSample ? <SampleBadge /> : null}
                </h2>
                <p className="text-sm text-gray-800">
                  {partnership.cooperationAreas
                    .map((area) => label(tLabels, "cooperationArea", area))
                    .join(", ") || t("noAreas")}
                </p>
              </div>
              <p className="flex gap-4 text-sm">
                <Link href={`${PATH}/${partnership.id}`}>
                  {t.rich("edit", {
                    name: partnershipName(partnership),
                    hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                  })}
                </Link>
                <Link href={`/partnerships/${partnership.id}`}>
                  {t.rich("publicPage", {
                    name: partnershipName(partnership),
                    hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                  })}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      ) : total > 0 ? (
        <EmptyState title={t("noSuchPage", { page, pageCount })}>
          <Link href={hrefWith(PATH, params, { page: undefined })}>{t("firstPage")}</Link>
        </EmptyState>
      ) : (
        <EmptyState title={t("empty")}>
          {t.rich("emptyHint", { clear: (chunks) => <Link href={PATH}>{chunks}</Link> })}
        </EmptyState>
      )}
      <Pagination pathname={PATH} searchParams={params} page={page} pageCount={pageCount} total={total} />
    </>
  );
}
