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

// The filters given a value the list does not know (country=ZZ, discipline=FOO): the page
// says it shows the list without them, the downloads answer 400.
function unread(params: SearchParams, read: Record<string, unknown>): string[] {
  return Object.keys(read).filter((name) => first(params[name]) !== undefined && read[name] === undefined);
}

export function invalidFiltersMessage(params: SearchParams, invalid: string[]) {
  const given = invalid.map((name) => `${name}=${first(params[name])}`).join(", ");
  return `Not a valid filter: ${given}. Use the values the list page offers (country codes in capitals, such as FR).`;
}

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
  const { q: _q, sort, page: _page, organisationKind: kind, ...rest } = filters;
  const invalid = unread(params, { ...rest, kind, sort });
  return { filters, countryOptions, organisation, invalid };
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
  const { workshop, status, audience } = filters;
  return { filters, workshopOptions, invalid: unread(params, { workshop, status, audience }) };
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
  const filters = readPartnershipFilters(params, countryOptions);
  const { status, country, area, year } = filters;
  return { filters, countryOptions, invalid: unread(params, { status, country, area, year }) };
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
  const { kind, country, verification } = filters;
  return { filters, countryOptions, invalid: unread(params, { kind, country, verification }) };
}

// /cities: one city's titles (where a project's or a country's page links), a programme, a year.
export function designationFiltersFrom(params: SearchParams) {
  const filters: DesignationFilters = {
    programme: oneOf(params.programme, Object.values(Programme)),
    year: yearParam(params.year),
    city: first(params.city),
  };
  const { programme, year } = filters;
  return { filters, invalid: unread(params, { programme, year }) };
}
