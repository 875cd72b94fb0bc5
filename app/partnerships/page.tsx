import type { Metadata } from "next";
import Link from "next/link";
import { PartnershipList } from "@/components/partnerships/partnership-list";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ResultCount } from "@/components/ui/result-count";
import { CooperationArea, PartnershipStatus } from "@/lib/generated/prisma/enums";
import { cooperationAreaLabels, optionsOf, partnershipStatusLabels } from "@/lib/labels";
import { listDesignationCountryOptions, listDesignationYears } from "@/lib/queries/cities";
import { listPartnerships } from "@/lib/queries/partnerships";
import { hrefWith, oneOf, pageNumber, yearParam, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = {
  title: "City partnerships",
  description:
    "Pairings of European Capitals of Culture with Culture Cities of East Asia, by status, country, cooperation area and title year.",
};

export default async function PartnershipsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const [countryOptions, years] = await Promise.all([
    listDesignationCountryOptions(),
    listDesignationYears(),
  ]);
  const { items, total, page, pageCount } = await listPartnerships({
    status: oneOf(params.status, Object.values(PartnershipStatus)),
    country: oneOf(
      params.country,
      countryOptions.map((option) => option.value),
    ),
    area: oneOf(params.area, Object.values(CooperationArea)),
    year: yearParam(params.year),
    page: pageNumber(params.page),
  });

  return (
    <>
      <PageHeader
        title="City partnerships"
        lead="Pairings of a European Capital of Culture with a Culture City of East Asia, for artist mobility, co-creation, networking and more. A country or year matches either side."
      />
      <FilterForm action="/partnerships" clearHref="/partnerships">
        <SelectFilter
          name="status"
          label="Status"
          options={optionsOf(partnershipStatusLabels)}
          searchParams={params}
        />
        <SelectFilter name="country" label="Country" options={countryOptions} searchParams={params} />
        <SelectFilter
          name="area"
          label="Cooperation area"
          options={optionsOf(cooperationAreaLabels)}
          searchParams={params}
        />
        <SelectFilter
          name="year"
          label="Title year"
          options={years.map((year) => ({ value: String(year), label: String(year) }))}
          searchParams={params}
        />
      </FilterForm>
      <ResultCount total={total} noun="partnership" />
      {items.length ? (
        <PartnershipList partnerships={items} />
      ) : total > 0 ? (
        <EmptyState title={`There is no page ${page}: the list has ${pageCount}.`}>
          <Link href={hrefWith("/partnerships", params, { page: undefined })}>Go to the first page</Link>
        </EmptyState>
      ) : (
        <EmptyState title="No partnerships match these filters.">
          Try fewer filters, or <Link href="/partnerships">clear all filters</Link>.
        </EmptyState>
      )}
      <Pagination
        pathname="/partnerships"
        searchParams={params}
        page={page}
        pageCount={pageCount}
        total={total}
      />
    </>
  );
}
