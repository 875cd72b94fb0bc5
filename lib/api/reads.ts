import "server-only";
import type { z } from "zod";
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
import { knownValues, unknownValues } from "@/lib/lists/read";
import {
  organisationList,
  partnershipList,
  projectList,
  recommendationList,
  RecordQuerySchema,
} from "@/lib/lists/registry";
import { getOrganisationBySlug, listOrganisations } from "@/lib/queries/organisations";
import { getPartnership, listPartnerships } from "@/lib/queries/partnerships";
import { getProjectBySlug, listProjects } from "@/lib/queries/projects";
import { getRecommendation, listRecommendations } from "@/lib/queries/recommendations";
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

// The list's query, strictly: a well-formed value the portal does not know (a country,
// workshop or organisation) is a 400 too, as the list page names it.
async function listQuery<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  lookups: Parameters<typeof unknownValues>[1],
): Promise<z.output<Schema>> {
  const query = parseQuery(request, schema);
  const unknown = await unknownValues(query as Record<string, unknown>, lookups);
  if (unknown.length)
    throw invalidQuery(
      unknown.map((parameter) => ({
        parameter,
        message: `No ${parameter} is known as "${(query as Record<string, unknown>)[parameter]}".`,
      })),
    );
  return query;
}

export async function listProjectsForApi(request: Request) {
  const { kind, page, per_page, ...query } = await listQuery(
    request,
    projectList.apiQuery,
    knownValues.projects,
  );
  const result = await listProjects({ ...query, organisationKind: kind, page }, per_page);
  return paginated(request, result, per_page, projectRecord);
}

export async function listRecommendationsForApi(request: Request) {
  const { page, per_page, ...query } = await listQuery(
    request,
    recommendationList.apiQuery,
    knownValues.recommendations,
  );
  const result = await listRecommendations({ ...query, page }, per_page);
  return paginated(request, result, per_page, recommendationRecord);
}

export async function listPartnershipsForApi(request: Request) {
  const { page, per_page, ...query } = await listQuery(
    request,
    partnershipList.apiQuery,
    knownValues.partnerships,
  );
  const result = await listPartnerships({ ...query, page }, per_page);
  return paginated(request, result, per_page, partnershipRecord);
}

export async function listOrganisationsForApi(request: Request) {
  const { page, per_page, ...query } = await listQuery(
    request,
    organisationList.apiQuery,
    knownValues.organisations,
  );
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
