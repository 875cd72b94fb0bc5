import type { Metadata } from "next";
import Link from "next/link";
import { CanonicalLink } from "@/components/layout/canonical-link";
import { DownloadLinks } from "@/components/open-data/download-links";
import { OrganisationList } from "@/components/organisations/organisation-list";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { InvalidFilters } from "@/components/ui/invalid-filters";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ResultCount } from "@/components/ui/result-count";
import { optionsOf, organisationKindLabels, verificationLabels } from "@/lib/labels";
import { organisationFiltersFrom } from "@/lib/list-filters";
import { listOrganisations } from "@/lib/queries/organisations";
import { hrefWith, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = {
  title: "Organisations",
  description:
    "NGOs, ministries, cities, foundations, universities and cultural institutions in Asia–Europe cooperation.",
};

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { filters, countryOptions, invalid } = await organisationFiltersFrom(params);
  const { items, total, page, pageCount } = await listOrganisations(filters);

  return (
    <>
      <CanonicalLink pathname="/organizations" searchParams={params} />
      <PageHeader
        title="Organisations"
        lead="The organisations that lead, join and endorse cooperation projects."
      />
      <FilterForm action="/organizations" clearHref="/organizations">
        <SearchFilter label="Search by name" searchParams={params} placeholder="e.g. foundation, ASEF" />
        <SelectFilter
          name="kind"
          label="Kind"
          options={optionsOf(organisationKindLabels)}
          searchParams={params}
        />
        <SelectFilter name="country" label="Country" options={countryOptions} searchParams={params} />
        <SelectFilter
          name="verification"
          label="Verification"
          options={optionsOf(verificationLabels)}
          searchParams={params}
        />
      </FilterForm>
      <InvalidFilters searchParams={params} invalid={invalid} />
      <ResultCount total={total} noun="organisation" />
      <DownloadLinks pathname="/organizations" searchParams={params} />
      {items.length ? (
        <OrganisationList organisations={items} />
      ) : total > 0 ? (
        <EmptyState title={`There is no page ${page}: the list has ${pageCount}.`}>
          <Link href={hrefWith("/organizations", params, { page: undefined })}>Go to the first page</Link>
        </EmptyState>
      ) : (
        <EmptyState title="No organisations match these filters.">
          Try another name or fewer filters, or <Link href="/organizations">clear all filters</Link>.
        </EmptyState>
      )}
      <Pagination
        pathname="/organizations"
        searchParams={params}
        page={page}
        pageCount={pageCount}
        total={total}
      />
    </>
  );
}
