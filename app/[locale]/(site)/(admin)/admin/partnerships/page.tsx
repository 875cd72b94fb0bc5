import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { PartnershipFilterForm } from "@/components/partnerships/partnership-filters";
import { partnershipName } from "@/components/partnerships/partnership-list";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ResultCount } from "@/components/ui/result-count";
import { requireAdmin } from "@/lib/dal";
import { cooperationAreaLabels, partnershipStatusLabels } from "@/lib/labels";
import { readPartnershipFilters } from "@/lib/list-filters";
import { listDesignationCountryOptions, listDesignationYears } from "@/lib/queries/cities";
import { listPartnerships } from "@/lib/queries/partnerships";
import { first, hrefWith, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "City pairings" };

const PATH = "/admin/partnerships";

export default async function AdminPartnershipsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  await requireAdmin(PATH);
  const params = await searchParams;
  const [countryOptions, years] = await Promise.all([
    listDesignationCountryOptions(),
    listDesignationYears(),
  ]);
  const { items, total, page, pageCount } = await listPartnerships(
    readPartnershipFilters(params, countryOptions),
  );

  return (
    <>
      <AdminNav />
      <PageHeader
        title="City pairings"
        lead="Pair European Capitals of Culture with Culture Cities of East Asia, follow each pairing's status and link the projects it brings about."
      >
        <p className="mt-3 flex flex-wrap gap-4">
          <Link href={`${PATH}/new`} className="font-medium">
            New pairing
          </Link>
          <Link href={`${PATH}/suggestions`}>Suggestions by title year</Link>
          <Link href={`${PATH}/suggestions#documented-pairings`}>From documented links</Link>
        </p>
      </PageHeader>
      {first(params.deleted) ? (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          The pairing is deleted; its projects stay, without a pairing.
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
                  <Badge tone="brand">{partnershipStatusLabels[partnership.status]}</Badge>
                  {partnership.isSample ? <SampleBadge /> : null}
                </h2>
                <p className="text-sm text-gray-800">
                  {partnership.cooperationAreas.map((area) => cooperationAreaLabels[area]).join(", ") ||
                    "No cooperation area yet"}
                </p>
              </div>
              <p className="flex gap-4 text-sm">
                <Link href={`${PATH}/${partnership.id}`}>
                  Edit<span className="sr-only"> {partnershipName(partnership)}</span>
                </Link>
                <Link href={`/partnerships/${partnership.id}`}>
                  Public page<span className="sr-only"> of {partnershipName(partnership)}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      ) : total > 0 ? (
        <EmptyState title={`There is no page ${page}: the list has ${pageCount}.`}>
          <Link href={hrefWith(PATH, params, { page: undefined })}>Go to the first page</Link>
        </EmptyState>
      ) : (
        <EmptyState title="No pairings match these filters.">
          Try fewer filters, or <Link href={PATH}>clear all filters</Link>.
        </EmptyState>
      )}
      <Pagination pathname={PATH} searchParams={params} page={page} pageCount={pageCount} total={total} />
    </>
  );
}
