import type { Metadata } from "next";
import Link from "next/link";
import { CanonicalLink } from "@/components/layout/canonical-link";
import { DownloadLinks } from "@/components/open-data/download-links";
import { ProjectList } from "@/components/projects/project-list";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { InvalidFilters } from "@/components/ui/invalid-filters";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ResultCount } from "@/components/ui/result-count";
import { cooperationAreaLabels, disciplineLabels, optionsOf, organisationKindLabels } from "@/lib/labels";
import { projectFiltersFrom } from "@/lib/list-filters";
import { listProjects } from "@/lib/queries/projects";
import { hrefWith, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = {
  title: "Cooperation projects",
  description:
    "Search Asia–Europe cultural cooperation projects by country, discipline, cooperation area and organisation.",
  alternates: {
    types: { "application/atom+xml": [{ url: "/projects/feed.xml", title: "New cooperation projects" }] },
  },
};

const sortOptions = [
  { value: "newest", label: "Newest first" },
  { value: "endorsed", label: "Most endorsed" },
];

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { filters, countryOptions, organisation, invalid } = await projectFiltersFrom(params);
  const { items, total, page, pageCount } = await listProjects(filters);

  return (
    <>
      <CanonicalLink pathname="/projects" searchParams={params} />
      <PageHeader
        title="Cooperation projects"
        lead="Projects by NGOs, ministries, cities and cultural institutions that connect Asia and Europe."
      >
        <p className="mt-3">
          <Link href="/projects/new">Submit a project</Link>
        </p>
      </PageHeader>
      <FilterForm action="/projects" clearHref="/projects">
        <SearchFilter
          label="Search projects"
          searchParams={params}
          placeholder="e.g. heritage, film, Matera"
        />
        <SelectFilter name="country" label="Country" options={countryOptions} searchParams={params} />
        <SelectFilter
          name="discipline"
          label="Discipline"
          options={optionsOf(disciplineLabels)}
          searchParams={params}
        />
        <SelectFilter
          name="area"
          label="Cooperation area"
          options={optionsOf(cooperationAreaLabels)}
          searchParams={params}
        />
        <SelectFilter
          name="kind"
          label="Lead organisation kind"
          options={optionsOf(organisationKindLabels)}
          searchParams={params}
        />
        <SelectFilter
          name="sort"
          label="Sort by"
          options={sortOptions}
          searchParams={params}
          anyLabel="Best match (newest when not searching)"
        />
        {organisation ? <input type="hidden" name="organisation" value={organisation.slug} /> : null}
      </FilterForm>
      <InvalidFilters searchParams={params} invalid={invalid} />
      {organisation ? (
        <p className="mb-2">
          Projects led by <Link href={`/organizations/${organisation.slug}`}>{organisation.name}</Link> (
          <Link href={hrefWith("/projects", params, { organisation: undefined, page: undefined })}>
            show projects of every organisation
          </Link>
          )
        </p>
      ) : null}
      <ResultCount total={total} noun="project" />
      <DownloadLinks
        pathname="/projects"
        searchParams={params}
        feed={{ href: "/projects/feed.xml", label: "Atom feed of new projects" }}
      />
      {items.length ? (
        <ProjectList projects={items} />
      ) : total > 0 ? (
        <EmptyState title={`There is no page ${page}: the list has ${pageCount}.`}>
          <Link href={hrefWith("/projects", params, { page: undefined })}>Go to the first page</Link>
        </EmptyState>
      ) : (
        <EmptyState title="No projects match these filters.">
          Try another search term or fewer filters, or <Link href="/projects">clear all filters</Link>.
        </EmptyState>
      )}
      <Pagination
        pathname="/projects"
        searchParams={params}
        page={page}
        pageCount={pageCount}
        total={total}
      />
    </>
  );
}
