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

// A list of the API: its query read strictly, then the list page's own query and records.
function apiList<Query extends { page: number; per_page: number }, Item>(
  schema: z.ZodType<Query>,
  lookups: Parameters<typeof unknownValues>[1],
  read: (query: Omit<Query, "per_page">, perPage: number) => Promise<PageOf<Item>>,
  record: (item: Item, origin: string) => unknown,
) {
  return async (request: Request) => {
    const { per_page, ...query } = await listQuery(request, schema, lookups);
    return paginated(request, await read(query, per_page), per_page, record);
  };
}

export const listProjectsForApi = apiList(
  projectList.apiQuery,
  knownValues.projects,
  ({ kind, ...query }, perPage) => listProjects({ ...query, organisationKind: kind }, perPage),
  projectRecord,
);

export const listRecommendationsForApi = apiList(
  recommendationList.apiQuery,
  knownValues.recommendations,
  listRecommendations,
  recommendationRecord,
);

export const listPartnershipsForApi = apiList(
  partnershipList.apiQuery,
  knownValues.partnerships,
  listPartnerships,
  partnershipRecord,
);

export const listOrganisationsForApi = apiList(
  organisationList.apiQuery,
  knownValues.organisations,
  listOrganisations,
  organisationRecord,
);

// A record of the API, which takes no parameters. Hidden entries and merged organisations
// are answered exactly like ones that never existed.
function apiRecord<Entry>(
  name: string,
  read: (key: string) => Promise<Entry | null>,
  shown: (entry: Entry) => boolean,
  record: (entry: Entry, origin: string) => unknown,
) {
  return async (request: Request, key: string) => {
    parseQuery(request, RecordQuerySchema);
    const entry = await read(key);
    if (!entry || !shown(entry)) throw new ApiError(404, `The ${name} "${key}" was not found.`);
    return { data: record(entry, publicOrigin()) };
  };
}

const published = (entry: { visibility: string }) => entry.visibility === "PUBLISHED";

export const getProjectForApi = apiRecord("project", getProjectBySlug, published, projectDetailRecord);

export const getRecommendationForApi = apiRecord(
  "recommendation",
  getRecommendation,
  published,
  recommendationDetailRecord,
);

export const getPartnershipForApi = apiRecord(
  "partnership",
  getPartnership,
  () => true,
  partnershipDetailRecord,
);

export const getOrganisationForApi = apiRecord(
  "organisation",
  getOrganisationBySlug,
  (organisation) => !organisation.mergedInto,
  organisationDetailRecord,
);
