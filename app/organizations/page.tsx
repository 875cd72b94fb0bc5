import type { Metadata } from "next";
import Link from "next/link";
import { OrganisationList } from "@/components/organisations/organisation-list";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ResultCount } from "@/components/ui/result-count";
import { OrganisationKind, VerificationStatus } from "@/lib/generated/prisma/enums";
import { optionsOf, organisationKindLabels, verificationLabels } from "@/lib/labels";
import { listCountryOptions } from "@/lib/queries/countries";
import { listOrganisations } from "@/lib/queries/organisations";
import { hrefWith, oneOf, pageNumber, textQuery, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = {
  title: "Organisations",
  description:
    "NGOs, ministries, cities, foundations, universities and cultural institutions in Asia–Europe cooperation.",
};

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const countryOptions = await listCountryOptions();
  const { items, total, page, pageCount } = await listOrganisations({
    q: textQuery(params.q),
    kind: oneOf(params.kind, Object.values(OrganisationKind)),
    country: oneOf(
      params.country,
      countryOptions.map((option) => option.value),
    ),
    verification: oneOf(params.verification, Object.values(VerificationStatus)),
    page: pageNumber(params.page),
  });

  return (
    <>
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
      <ResultCount total={total} noun="organisation" />
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
