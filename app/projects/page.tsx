import type { Metadata } from "next";
import Link from "next/link";
import { ProjectList } from "@/components/projects/project-list";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ResultCount } from "@/components/ui/result-count";
import { CooperationArea, Discipline, OrganisationKind } from "@/lib/generated/prisma/enums";
import { cooperationAreaLabels, disciplineLabels, optionsOf, organisationKindLabels } from "@/lib/labels";
import { listCountryOptions } from "@/lib/queries/countries";
import { getOrganisationName } from "@/lib/queries/organisations";
import { listProjects } from "@/lib/queries/projects";
import { first, hrefWith, oneOf, pageNumber, textQuery, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = {
  title: "Cooperation projects",
  description:
    "Search Asia–Europe cultural cooperation projects by country, discipline, cooperation area and organisation.",
};

const sortOptions = [
  { value: "newest", label: "Newest first" },
  { value: "endorsed", label: "Most endorsed" },
];

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const organisationSlug = first(params.organisation);
  const [countryOptions, organisation] = await Promise.all([
    listCountryOptions(),
    organisationSlug ? getOrganisationName(organisationSlug) : null,
  ]);
  const { items, total, page, pageCount } = await listProjects({
    q: textQuery(params.q),
    country: oneOf(
      params.country,
      countryOptions.map((option) => option.value),
    ),
    discipline: oneOf(params.discipline, Object.values(Discipline)),
    area: oneOf(params.area, Object.values(CooperationArea)),
    organisationKind: oneOf(params.kind, Object.values(OrganisationKind)),
    organisation: organisation?.slug,
    sort: oneOf(params.sort, ["newest", "endorsed"] as const),
    page: pageNumber(params.page),
  });

  return (
    <>
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
