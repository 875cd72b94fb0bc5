import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  listOrganisationItems,
  listOrganisations,
  organisationConditions,
  type OrganisationFilters,
} from "./organisations";
import { inOrderOf } from "./in-order";
import {
  partnershipListSelect,
  partnershipOrder,
  partnershipWhere,
  type PartnershipFilters,
} from "./partnerships";
import { listProjects, projectConditions, projectListSelect, type ProjectFilters } from "./projects";
import {
  listRecommendations,
  recommendationConditions,
  recommendationListSelect,
  type RecommendationFilters,
} from "./recommendations";
import { prefixTsQuery, searchWords } from "./text-search";

// Whole filtered lists for downloads, in the list page's order, one batch at a time:
// a batch is read only when the previous one has been sent, so however long the list,
// a download holds at most EXPORT_BATCH_SIZE rows.
export const EXPORT_BATCH_SIZE = 500;

type Key = { id: string };

// After the last row of the previous batch (keyset): every batch is an index range, however deep.
async function* keysetBatches<K extends Key, Row extends Key>(
  nextKeys: (after: K | undefined) => Promise<K[]>,
  load: (ids: string[]) => Promise<Row[]>,
  size: number,
) {
  let after: K | undefined;
  for (;;) {
    const keys = await nextKeys(after);
    const ids = keys.map((key) => key.id);
    const rows = inOrderOf(ids, await load(ids));
    if (rows.length) yield rows;
    if (keys.length < size) return;
    after = keys.at(-1);
  }
}

// A ranked search has no stable key to continue from, so its batches are pages of the search itself.
async function* pagedBatches<Row>(
  readPage: (page: number) => Promise<{ items: Row[]; page: number; pageCount: number }>,
) {
  for (let page = 1; ; page++) {
    const result = await readPage(page);
    if (result.items.length) yield result.items;
    if (result.page >= result.pageCount) return;
  }
}

const where = (conditions: (Prisma.Sql | undefined)[]) =>
  Prisma.join(
    conditions.filter((condition): condition is Prisma.Sql => Boolean(condition)),
    " AND ",
  );

type ProjectKey = Key & { createdAt: Date; endorsementCount: number };

const pairingSide = { select: { year: true, city: { select: { name: true } } } } as const;

// A downloaded project carries what its page shows besides the list's fields.
export const projectExportSelect = {
  ...projectListSelect,
  cooperationAreas: true,
  startDate: true,
  endDate: true,
  partners: {
    select: { organisation: { select: { slug: true, name: true } } },
    orderBy: { organisation: { name: "asc" } },
  },
  cities: {
    select: { city: { select: { slug: true, name: true, country: { select: { code: true, name: true } } } } },
    orderBy: { city: { name: "asc" } },
  },
  partnership: { select: { id: true, ecocDesignation: pairingSide, cceaDesignation: pairingSide } },
} satisfies Prisma.ProjectSelect;

export type ProjectExportItem = Prisma.ProjectGetPayload<{ select: typeof projectExportSelect }>;

const loadProjectExports = (ids: string[]) =>
  db.project.findMany({ where: { id: { in: ids } }, select: projectExportSelect });

async function* searchedProjectExports(filters: ProjectFilters, size: number) {
  for await (const batch of pagedBatches((page) => listProjects({ ...filters, page }, size))) {
    const ids = batch.map((project) => project.id);
    yield inOrderOf(ids, await loadProjectExports(ids));
  }
}

export function projectBatches(filters: ProjectFilters, size = EXPORT_BATCH_SIZE) {
  if (searchWords(filters.q).length) return searchedProjectExports(filters, size);
  const endorsed = filters.sort === "endorsed";
  const order = endorsed
    ? Prisma.sql`p."endorsementCount" DESC, p."createdAt" DESC, p.id DESC`
    : Prisma.sql`p."createdAt" DESC, p.id DESC`;
  const afterKey = (key: ProjectKey) =>
    endorsed
      ? Prisma.sql`(p."endorsementCount", p."createdAt", p.id) < (${key.endorsementCount}, ${key.createdAt}, ${key.id})`
      : Prisma.sql`(p."createdAt", p.id) < (${key.createdAt}, ${key.id})`;
  return keysetBatches(
    (after: ProjectKey | undefined) => db.$queryRaw<ProjectKey[]>`
      SELECT p.id, p."createdAt", p."endorsementCount"
      FROM "Project" p JOIN "Organisation" o ON o.id = p."leadOrganisationId"
      WHERE ${where([...projectConditions(filters), after && afterKey(after)])}
      ORDER BY ${order} LIMIT ${size}`,
    loadProjectExports,
    size,
  );
}

type RecommendationKey = Key & { submittedAt: Date };

export function recommendationBatches(filters: RecommendationFilters, size = EXPORT_BATCH_SIZE) {
  if (searchWords(filters.q).length)
    return pagedBatches((page) => listRecommendations({ ...filters, page }, size));
  return keysetBatches(
    (after: RecommendationKey | undefined) => db.$queryRaw<RecommendationKey[]>`
      SELECT r.id, r."submittedAt" FROM "Recommendation" r
      WHERE ${where([
        ...recommendationConditions(filters),
        after && Prisma.sql`(r."submittedAt", r.id) < (${after.submittedAt}, ${after.id})`,
      ])}
      ORDER BY r."submittedAt" DESC, r.id DESC LIMIT ${size}`,
    (ids) => db.recommendation.findMany({ where: { id: { in: ids } }, select: recommendationListSelect }),
    size,
  );
}

type OrganisationKey = Key & { name: string };

export function organisationBatches(filters: OrganisationFilters, size = EXPORT_BATCH_SIZE) {
  if (prefixTsQuery(filters.q)) return pagedBatches((page) => listOrganisations({ ...filters, page }, size));
  return keysetBatches(
    (after: OrganisationKey | undefined) => db.$queryRaw<OrganisationKey[]>`
      SELECT id, name FROM "Organisation"
      WHERE ${where([...organisationConditions(filters), after && Prisma.sql`(name, id) > (${after.name}, ${after.id})`])}
      ORDER BY name, id LIMIT ${size}`,
    listOrganisationItems,
    size,
  );
}

// Pairings are few (one per ECoC and CCEA designation pair), and ties on createdAt rarer still.
export async function* partnershipBatches(filters: PartnershipFilters, size = EXPORT_BATCH_SIZE) {
  const filtered = partnershipWhere(filters);
  let after: { id: string; createdAt: Date } | undefined;
  for (;;) {
    const rows = await db.cityPartnership.findMany({
      where: after
        ? {
            AND: [
              filtered,
              {
                OR: [
                  { createdAt: { lt: after.createdAt } },
                  { createdAt: after.createdAt, id: { lt: after.id } },
                ],
              },
            ],
          }
        : filtered,
      orderBy: partnershipOrder,
      take: size,
      select: { ...partnershipListSelect, createdAt: true },
    });
    if (rows.length) yield rows;
    if (rows.length < size) return;
    after = rows.at(-1);
  }
}
