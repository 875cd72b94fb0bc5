import type { Metadata } from "next";
import Link from "next/link";
import { CanonicalLink } from "@/components/layout/canonical-link";
import { DownloadLinks } from "@/components/open-data/download-links";
import { RecommendationList } from "@/components/recommendations/recommendation-list";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { InvalidFilters } from "@/components/ui/invalid-filters";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ResultCount } from "@/components/ui/result-count";
import { audienceLabels, optionsOf, recommendationStatusLabels } from "@/lib/labels";
import { recommendationFiltersFrom } from "@/lib/list-filters";
import { listRecommendations } from "@/lib/queries/recommendations";
import { hrefWith, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = {
  title: "Recommendations",
  description:
    "Search the recommendations of ASEM workshops and organisations by workshop, status and audience, and follow what became of them.",
  alternates: {
    types: {
      "application/atom+xml": [{ url: "/recommendations/feed.xml", title: "Recommendation status changes" }],
    },
  },
};

export default async function RecommendationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { filters, workshopOptions, invalid } = await recommendationFiltersFrom(params);
  const { items, total, page, pageCount } = await listRecommendations(filters);

  return (
    <>
      <CanonicalLink pathname="/recommendations" searchParams={params} />
      <PageHeader
        title="Recommendations"
        lead="What workshops and organisations asked of ASEM governments, ministries, ASEF and civil society, and where each request stands."
      />
      <FilterForm action="/recommendations" clearHref="/recommendations">
        <SearchFilter
          label="Search recommendations"
          searchParams={params}
          placeholder="e.g. networks, visas, Culture360"
        />
        <SelectFilter name="workshop" label="Workshop" options={workshopOptions} searchParams={params} />
        <SelectFilter
          name="status"
          label="Status"
          options={optionsOf(recommendationStatusLabels)}
          searchParams={params}
        />
        <SelectFilter
          name="audience"
          label="Addressed to"
          options={optionsOf(audienceLabels)}
          searchParams={params}
        />
      </FilterForm>
      <InvalidFilters searchParams={params} invalid={invalid} />
      <ResultCount total={total} noun="recommendation" />
      <DownloadLinks
        pathname="/recommendations"
        searchParams={params}
        feed={{ href: "/recommendations/feed.xml", label: "Atom feed of status changes" }}
      />
      {items.length ? (
        <RecommendationList recommendations={items} />
      ) : total > 0 ? (
        <EmptyState title={`There is no page ${page}: the list has ${pageCount}.`}>
          <Link href={hrefWith("/recommendations", params, { page: undefined })}>Go to the first page</Link>
        </EmptyState>
      ) : (
        <EmptyState title="No recommendations match these filters.">
          Try another search term or fewer filters, or <Link href="/recommendations">clear all filters</Link>.
        </EmptyState>
      )}
      <Pagination
        pathname="/recommendations"
        searchParams={params}
        page={page}
        pageCount={pageCount}
        total={total}
      />
    </>
  );
}
