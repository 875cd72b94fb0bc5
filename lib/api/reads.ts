import "server-only";
import {
  organisationDetailRecord,
  partnershipDetailRecord,
  projectDetailRecord,
  recommendationDetailRecord,
} from "@/lib/open-data/details";
import { publicOrigin } from "@/lib/public-url";
import {
  organisationRecord,
  partnershipRecord,
  projectRecord,
  recommendationRecord,
} from "@/lib/open-data/records";
import { listDesignationCountryOptions } from "@/lib/queries/cities";
import { listCountryOptions } from "@/lib/queries/countries";
import { getOrganisationBySlug, getOrganisationName, listOrganisations } from "@/lib/queries/organisations";
import { getPartnership, listPartnerships } from "@/lib/queries/partnerships";
import { getProjectBySlug, listProjects } from "@/lib/queries/projects";
import { getRecommendation, listRecommendations } from "@/lib/queries/recommendations";
import { listWorkshopOptions } from "@/lib/queries/workshops";
import {
  OrganisationQuerySchema,
  PartnershipQuerySchema,
  ProjectQuerySchema,
  RecordQuerySchema,
  RecommendationQuerySchema,
} from "@/lib/validations/api";
import { ApiError, invalidQuery, parseQuery } from "./handler";

// What each API endpoint answers, read through the same queries as the pages.
type PageOf<Item> = { items: Item[]; total: number; page: number; pageCount: number };

function paginated<Item>(
  request: Request,
  result: PageOf<Item>,
  perPage: number,
  record: (item: Item, origin: string) => unknown,
) {
  const origin = publicOrigin();
  const url = new URL(request.url);
  const link = (page: number) => {
    const query = new URLSearchParams(url.searchParams);
    query.set("page", String(page));
    return `${origin}${url.pathname}?${query}`;
  };
  const { page, pageCount, total } = result;
  return {
    data: result.items.map((item) => record(item, origin)),
    meta: { total, page, perPage, pageCount },
    links: {
      self: link(page),
      first: link(1),
      last: link(pageCount),
      prev: page > 1 ? link(Math.min(page - 1, pageCount)) : null,
      next: page < pageCount ? link(page + 1) : null,
    },
  };
}

// A well-formed value the portal does not know (a country, workshop or organisation) is a 400 too.
async function requireKnown(
  parameter: string,
  value: string | undefined,
  exists: (value: string) => Promise<boolean>,
) {
  if (value !== undefined && !(await exists(value)))
    throw invalidQuery([{ parameter, message: `No ${parameter} is known as "${value}".` }]);
}

const among = (options: () => Promise<{ value: string }[]>) => async (value: string) =>
  (await options()).some((option) => option.value === value);

export async function listProjectsForApi(request: Request) {
  const { kind, page, per_page, ...query } = parseQuery(request, ProjectQuerySchema);
  await Promise.all([
    requireKnown("country", query.country, among(listCountryOptions)),
    requireKnown("organisation", query.organisation, async (slug) =>
      Boolean(await getOrganisationName(slug)),
    ),
  ]);
  const result = await listProjects({ ...query, organisationKind: kind, page }, per_page);
  return paginated(request, result, per_page, projectRecord);
}

export async function listRecommendationsForApi(request: Request) {
  const { page, per_page, ...query } = parseQuery(request, RecommendationQuerySchema);
  await requireKnown("workshop", query.workshop, among(listWorkshopOptions));
  const result = await listRecommendations({ ...query, page }, per_page);
  return paginated(request, result, per_page, recommendationRecord);
}

export async function listPartnershipsForApi(request: Request) {
  const { page, per_page, ...query } = parseQuery(request, PartnershipQuerySchema);
  await requireKnown("country", query.country, among(listDesignationCountryOptions));
  const result = await listPartnerships({ ...query, page }, per_page);
  return paginated(request, result, per_page, partnershipRecord);
}

export async function listOrganisationsForApi(request: Request) {
  const { page, per_page, ...query } = parseQuery(request, OrganisationQuerySchema);
  await requireKnown("country", query.country, among(listCountryOptions));
  const result = await listOrganisations({ ...query, page }, per_page);
  return paginated(request, result, per_page, organisationRecord);
}

const notFound = (what: string) => new ApiError(404, `${what} was not found.`);

// Hidden entries and merged organisations are answered exactly like ones that never existed.
export async function getProjectForApi(request: Request, slug: string) {
  parseQuery(request, RecordQuerySchema);
  const project = await getProjectBySlug(slug);
  if (project?.visibility !== "PUBLISHED") throw notFound(`The project "${slug}"`);
  return { data: projectDetailRecord(project, publicOrigin()) };
}

export async function getRecommendationForApi(request: Request, id: string) {
  parseQuery(request, RecordQuerySchema);
  const recommendation = await getRecommendation(id);
  if (recommendation?.visibility !== "PUBLISHED") throw notFound(`The recommendation "${id}"`);
  return { data: recommendationDetailRecord(recommendation, publicOrigin()) };
}

export async function getPartnershipForApi(request: Request, id: string) {
  parseQuery(request, RecordQuerySchema);
  const partnership = await getPartnership(id);
  if (!partnership) throw notFound(`The partnership "${id}"`);
  return { data: partnershipDetailRecord(partnership, publicOrigin()) };
}

export async function getOrganisationForApi(request: Request, slug: string) {
  parseQuery(request, RecordQuerySchema);
  const organisation = await getOrganisationBySlug(slug);
  if (!organisation || organisation.mergedInto) throw notFound(`The organisation "${slug}"`);
  return { data: organisationDetailRecord(organisation, publicOrigin()) };
}
