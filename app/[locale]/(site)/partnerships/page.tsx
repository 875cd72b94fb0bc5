import type { Metadata } from "next";
import Link from "next/link";
import { CanonicalLink } from "@/components/layout/canonical-link";
import { DownloadLinks } from "@/components/open-data/download-links";
import { PartnershipFilterForm } from "@/components/partnerships/partnership-filters";
import { PartnershipList } from "@/components/partnerships/partnership-list";
import { DocumentedLinksSection } from "@/components/documented-links/documented-link-list";
import { WorldMap } from "@/components/map/world-map";
import { EmptyState } from "@/components/ui/empty-state";
import { InvalidFilters } from "@/components/ui/invalid-filters";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ResultCount } from "@/components/ui/result-count";
import { partnershipFiltersFrom } from "@/lib/list-filters";
import { listDesignationYears } from "@/lib/queries/cities";
import { getPairingsMap } from "@/lib/queries/map";
import { listDocumentedLinks } from "@/lib/queries/documented-links";
import { listPartnerships } from "@/lib/queries/partnerships";
import { hrefWith, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = {
  title: "City partnerships",
  description:
    "Pairings of European Capitals of Culture with Culture Cities of East Asia, by status, country, cooperation area and title year.",
};

export default async function PartnershipsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const [{ filters, countryOptions, invalid }, years] = await Promise.all([
    partnershipFiltersFrom(params),
    listDesignationYears(),
  ]);
  const [{ items, total, page, pageCount }, map, documentedLinks] = await Promise.all([
    listPartnerships(filters),
    getPairingsMap(filters),
    listDocumentedLinks({ country: filters.country }),
  ]);

  return (
    <>
      <CanonicalLink pathname="/partnerships" searchParams={params} />
      <PageHeader
        title="City partnerships"
        lead="Pairings of a European Capital of Culture with a Culture City of East Asia, for artist mobility, co-creation, networking and more, curated by the portal's team. A country or year matches either side. Below them, the links between cities that public sources document."
      />
      <PartnershipFilterForm
        pathname="/partnerships"
        searchParams={params}
        countryOptions={countryOptions}
        years={years}
      />
      <InvalidFilters searchParams={params} invalid={invalid} />
      <ResultCount total={total} noun="partnership" />
      <DownloadLinks pathname="/partnerships" searchParams={params} />
      <WorldMap input={map} title="Map of these pairings" tables={["links"]} />
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
      <DocumentedLinksSection
        links={documentedLinks}
        title={filters.country ? "Documented links of this country's cities" : "Documented links"}
      />
    </>
  );
}
