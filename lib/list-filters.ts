import "server-only";
import {
  Audience,
  CooperationArea,
  Discipline,
  OrganisationKind,
  PartnershipStatus,
  Programme,
  RecommendationStatus,
  VerificationStatus,
} from "@/lib/generated/prisma/enums";
import { listDesignationCountryOptions, type DesignationFilters } from "@/lib/queries/cities";
import { listCountryOptions } from "@/lib/queries/countries";
import { getOrganisationName, type OrganisationFilters } from "@/lib/queries/organisations";
import type { PartnershipFilters } from "@/lib/queries/partnerships";
import type { ProjectFilters } from "@/lib/queries/projects";
import type { RecommendationFilters } from "@/lib/queries/recommendations";
import { listWorkshopOptions } from "@/lib/queries/workshops";
import { first, oneOf, pageNumber, textQuery, yearParam, type SearchParams } from "@/lib/search-params";

// One reading of each list's filters from the URL, shared by the list page and its
// downloads, with the options the page's filter form offers.
type Option = { value: string; label: string };

const values = (options: Option[]) => options.map((option) => option.value);

export async function projectFiltersFrom(params: SearchParams) {
  const organisationSlug = first(params.organisation);
  const [countryOptions, organisation] = await Promise.all([
    listCountryOptions(),
    organisationSlug ? getOrganisationName(organisationSlug) : null,
  ]);
  const filters: ProjectFilters = {
    q: textQuery(params.q),
    country: oneOf(params.country, values(countryOptions)),
    discipline: oneOf(params.discipline, Object.values(Discipline)),
    area: oneOf(params.area, Object.values(CooperationArea)),
    organisationKind: oneOf(params.kind, Object.values(OrganisationKind)),
    organisation: organisation?.slug,
    sort: oneOf(params.sort, ["newest", "endorsed"] as const),
    page: pageNumber(params.page),
  };
  return { filters, countryOptions, organisation };
}

export async function recommendationFiltersFrom(params: SearchParams) {
  const workshopOptions = await listWorkshopOptions();
  const filters: RecommendationFilters = {
    q: textQuery(params.q),
    workshop: oneOf(params.workshop, values(workshopOptions)),
    status: oneOf(params.status, Object.values(RecommendationStatus)),
    audience: oneOf(params.audience, Object.values(Audience)),
    page: pageNumber(params.page),
  };
  return { filters, workshopOptions };
}

// The public list and the admin list filter pairings alike.
export function readPartnershipFilters(params: SearchParams, countryOptions: Option[]): PartnershipFilters {
  return {
    status: oneOf(params.status, Object.values(PartnershipStatus)),
    country: oneOf(params.country, values(countryOptions)),
    area: oneOf(params.area, Object.values(CooperationArea)),
    year: yearParam(params.year),
    page: pageNumber(params.page),
  };
}

export async function partnershipFiltersFrom(params: SearchParams) {
  const countryOptions = await listDesignationCountryOptions();
  return { filters: readPartnershipFilters(params, countryOptions), countryOptions };
}

export async function organisationFiltersFrom(params: SearchParams) {
  const countryOptions = await listCountryOptions();
  const filters: OrganisationFilters = {
    q: textQuery(params.q),
    kind: oneOf(params.kind, Object.values(OrganisationKind)),
    country: oneOf(params.country, values(countryOptions)),
    verification: oneOf(params.verification, Object.values(VerificationStatus)),
    page: pageNumber(params.page),
  };
  return { filters, countryOptions };
}

// /cities: one city's titles (where a project's or a country's page links), a programme, a year.
export function designationFiltersFrom(params: SearchParams): DesignationFilters {
  return {
    programme: oneOf(params.programme, Object.values(Programme)),
    year: yearParam(params.year),
    city: first(params.city),
  };
}
