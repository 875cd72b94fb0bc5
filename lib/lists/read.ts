import "server-only";
import { listDesignationCountryOptions } from "@/lib/queries/cities";
import { listCountryOptions } from "@/lib/queries/countries";
import { getOrganisationName } from "@/lib/queries/organisations";
import { listWorkshopOptions } from "@/lib/queries/workshops";
import type { SearchParams } from "@/lib/search-params";
import type { Fields, ReadableList } from "./define";
import { cityList, organisationList, partnershipList, projectList, recommendationList } from "./registry";

// A well-formed value must also name something the portal has (a country with
// projects, a workshop, an organisation): what it names, or null.
type Lookup = (value: string) => Promise<unknown>;
type Lookups = Record<string, Lookup>;

// Only the values count here, so the options are read in English.
const among =
  (options: (locale: string) => Promise<{ value: string; label: string }[]>) => async (value: string) =>
    (await options("en")).find((option) => option.value === value) ?? null;

export const knownValues = {
  projects: { country: among(listCountryOptions), organisation: getOrganisationName },
  recommendations: { workshop: among(listWorkshopOptions) },
  partnerships: { country: among(listDesignationCountryOptions) },
  organisations: { country: among(listCountryOptions) },
  cities: {},
} satisfies Record<string, Lookups>;

// The values of the list's filters that name nothing, by parameter.
export async function unknownValues(values: Record<string, unknown>, lookups: Lookups) {
  const checked = await Promise.all(
    Object.entries(lookups).map(async ([name, lookup]) => {
      const value = values[name];
      return typeof value === "string" && !(await lookup(value)) ? [name] : [];
    }),
  );
  return checked.flat();
}

// A list's filters as its page and downloads read them: what is not valid is left out and named.
async function readList<F extends Fields>(list: ReadableList<F>, params: SearchParams, lookups: Lookups) {
  const { values: filters, page, invalid } = list.read(params);
  const unknown = await unknownValues(filters, lookups);
  for (const name of unknown) delete filters[name];
  // Named in the order the list's filters come in.
  return {
    filters,
    page,
    invalid: list.keys.filter((key) => invalid.includes(key) || unknown.includes(key)),
  };
}

export async function readProjectList(params: SearchParams) {
  const { filters, page, invalid } = await readList(projectList, params, knownValues.projects);
  const { kind, ...rest } = filters;
  const organisation = filters.organisation ? await getOrganisationName(filters.organisation) : null;
  return { filters: { ...rest, organisationKind: kind, page }, organisation, invalid };
}

export async function readRecommendationList(params: SearchParams) {
  const { filters, page, invalid } = await readList(recommendationList, params, knownValues.recommendations);
  return { filters: { ...filters, page }, invalid };
}

export async function readPartnershipList(params: SearchParams) {
  const { filters, page, invalid } = await readList(partnershipList, params, knownValues.partnerships);
  return { filters: { ...filters, page }, invalid };
}

export async function readOrganisationList(params: SearchParams) {
  const { filters, page, invalid } = await readList(organisationList, params, knownValues.organisations);
  return { filters: { ...filters, page }, invalid };
}

export async function readCityList(params: SearchParams) {
  const { filters, invalid } = await readList(cityList, params, knownValues.cities);
  return { filters, invalid };
}
