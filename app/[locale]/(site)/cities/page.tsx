import type { Metadata } from "next";
import Link from "next/link";
import { CanonicalLink } from "@/components/layout/canonical-link";
import { DownloadLinks } from "@/components/open-data/download-links";
import { DesignationSources } from "@/components/cities/designation-sources";
import { DesignationTable } from "@/components/cities/designation-table";
import { DocumentedLinksSection } from "@/components/documented-links/documented-link-list";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, SelectFilter } from "@/components/ui/filter-form";
import { InvalidFilters } from "@/components/ui/invalid-filters";
import { PageHeader } from "@/components/ui/page-header";
import { ResultCount } from "@/components/ui/result-count";
import { optionsOf, programmeLabels } from "@/lib/labels";
import { designationFiltersFrom } from "@/lib/list-filters";
import { listDesignations, listDesignationYears } from "@/lib/queries/cities";
import { listDocumentedLinks } from "@/lib/queries/documented-links";
import { listReferenceSources } from "@/lib/reference-sources";
import type { SearchParams } from "@/lib/search-params";

export const metadata: Metadata = {
  title: "Culture capitals and culture cities",
  description:
    "Every European Capital of Culture since 1985 and every Culture City of East Asia since 2014, by year, with their status, notes and city partnerships.",
};

export default async function CitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { filters, invalid } = designationFiltersFrom(params);
  const city = filters.city;
  const [years, designations, documentedLinks, datasets] = await Promise.all([
    listDesignationYears(),
    listDesignations(filters),
    city ? listDocumentedLinks({ city }) : [],
    listReferenceSources(),
  ]);
  const cityName = city
    ? (designations[0]?.city.name ??
      documentedLinks[0]?.cities.find((end) => end.city.slug === city)?.city.name)
    : undefined;

  return (
    <>
      <CanonicalLink pathname="/cities" searchParams={params} />
      <PageHeader
        title="Culture capitals and culture cities"
        lead="European Capitals of Culture (from 1985) and Culture Cities of East Asia (from 2014), newest first, with the partnerships between them."
      />
      <FilterForm action="/cities" clearHref="/cities">
        <SelectFilter
          name="programme"
          label="Programme"
          options={optionsOf(programmeLabels)}
          searchParams={params}
        />
        <SelectFilter
          name="year"
          label="Year"
          options={years.map((year) => ({ value: String(year), label: String(year) }))}
          searchParams={params}
        />
        {city ? <input type="hidden" name="city" value={city} /> : null}
      </FilterForm>
      <InvalidFilters searchParams={params} invalid={invalid} />
      {cityName ? (
        <p className="mb-2">
          The titles of {cityName}. <Link href="/cities">Show every city</Link>
        </p>
      ) : null}
      <ResultCount total={designations.length} noun="designation" />
      <DownloadLinks pathname="/cities" searchParams={params} />
      {designations.length ? (
        <DesignationTable designations={designations} />
      ) : (
        <EmptyState title="No designations match these filters.">
          Try another year or programme, or <Link href="/cities">clear all filters</Link>.
        </EmptyState>
      )}
      <DocumentedLinksSection links={documentedLinks} title={`Documented links of ${cityName}`} />
      <DesignationSources
        datasets={datasets.filter((dataset) => ["ecoc.json", "ccea.json"].includes(dataset.file))}
      />
    </>
  );
}
