import type { Metadata } from "next";
import { ProjectList } from "@/components/projects/project-list";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { ResultCount } from "@/components/ui/result-count";
import { Pagination } from "@/components/ui/pagination";
import { CooperationArea, Discipline, OrganisationKind } from "@/lib/generated/prisma/enums";
import { cooperationAreaLabels, disciplineLabels, optionsOf, organisationKindLabels } from "@/lib/labels";
import { listCountryOptions } from "@/lib/queries/countries";
import { listProjects } from "@/lib/queries/projects";
import { first, oneOf, pageNumber, textQuery, type SearchParams } from "@/lib/search-params";

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
  const countryOptions = await listCountryOptions();
  const filters = {
    q: textQuery(params.q),
    country: oneOf(
      params.country,
      countryOptions.map((option) => option.value),
    ),
    discipline: oneOf(params.discipline, Object.values(Discipline)),
    area: oneOf(params.area, Object.values(CooperationArea)),
    organisationKind: oneOf(params.kind, Object.values(OrganisationKind)),
    organisation: first(params.organisation),
    sort: oneOf(params.sort, ["newest", "endorsed"] as const),
    page: pageNumber(params.page),
  };
  const { items, total, page, pageCount } = await listProjects(filters);

  return (
    <>
      <PageHeader
        title="Cooperation projects"
        lead="Projects by NGOs, ministries, cities and cultural institutions that connect Asia and Europe."
      />
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
          label="Organisation kind"
          options={optionsOf(organisationKindLabels)}
          searchParams={params}
        />
        <SelectFilter
          name="sort"
          label="Sort by"
          options={sortOptions}
          searchParams={params}
          anyLabel="Best match / newest"
        />
        {filters.organisation ? (
          <input type="hidden" name="organisation" value={filters.organisation} />
        ) : null}
      </FilterForm>
      <ResultCount total={total} noun="project" />
      {items.length ? (
        <ProjectList projects={items} />
      ) : (
        <EmptyState title="No projects match these filters.">
          Try fewer filters or another search term.
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
