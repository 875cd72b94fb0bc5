import type { Metadata } from "next";
import Link from "next/link";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { ResultCount } from "@/components/ui/result-count";
import { Pagination } from "@/components/ui/pagination";
import { plural } from "@/lib/format";
import { OrganisationKind, VerificationStatus } from "@/lib/generated/prisma/enums";
import { optionsOf, organisationKindLabels, verificationLabels } from "@/lib/labels";
import { listCountryOptions } from "@/lib/queries/countries";
import { listOrganisations } from "@/lib/queries/organisations";
import { oneOf, pageNumber, textQuery, type SearchParams } from "@/lib/search-params";

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
        <SearchFilter label="Search by name" searchParams={params} />
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
        <ul className="divide-y divide-gray-200">
          {items.map((organisation) => (
            <li key={organisation.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-3">
              <h2 className="font-semibold">
                <Link href={`/organizations/${organisation.slug}`}>{organisation.name}</Link>
              </h2>
              <span className="text-sm text-gray-700">
                {organisationKindLabels[organisation.kind]}
                {organisation.country ? `, ${organisation.country.name}` : ""} ·{" "}
                {plural(organisation._count.leadProjects, "project")} led
              </span>
              {organisation.verificationStatus === "VERIFIED" ? <Badge tone="brand">Verified</Badge> : null}
              {organisation.isSample ? <SampleBadge /> : null}
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="No organisations match these filters." />
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
