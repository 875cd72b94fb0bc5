import "server-only";
import { db } from "@/lib/db";
import { entryTag, listTag, relatedTag } from "@/lib/cache-tags";
import { cachedEntryRead, cachedPublicRead } from "@/lib/public-data-cache";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CooperationArea, Discipline, OrganisationKind } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, pageCount } from "@/lib/search-params";
import { inOrderOf } from "./in-order";
import { organisationListSelect } from "./organisations";
import { englishTsQuery, matchCount } from "./ranked-search";
import { searchWords } from "./text-search";
import { readPage } from "@/lib/queries/read-page";

// Without a sort, a search is ranked by relevance and a plain list is newest first.
export type ProjectSort = "newest" | "endorsed";
export type ProjectFilters = {
  q?: string;
  country?: string;
  discipline?: Discipline;
  area?: CooperationArea;
  organisationKind?: OrganisationKind;
  // The lead organisation's slug (the "all projects it leads" link of an organisation).
  organisation?: string;
  sort?: ProjectSort;
  page?: number;
};

export const projectListSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  disciplines: true,
  endorsementCount: true,
  isSample: true,
  sources: true,
  language: true,
  createdAt: true,
  leadOrganisation: { select: { slug: true, name: true, verificationStatus: true } },
  countries: { select: { country: { select: { code: true, name: true } } }, orderBy: { countryCode: "asc" } },
} satisfies Prisma.ProjectSelect;

export type ProjectListItem = Prisma.ProjectGetPayload<{ select: typeof projectListSelect }>;
export type ProjectPage = { items: ProjectListItem[]; total: number; page: number; pageCount: number };

const published = { visibility: "PUBLISHED" } as const;

const newestFirst: Prisma.ProjectOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];
const mostEndorsedFirst: Prisma.ProjectOrderByWithRelationInput[] = [
  { endorsementCount: "desc" },
  ...newestFirst,
];

// Every published project, from the count a trigger keeps (counting 100,000 rows takes 20 ms).
export async function countPublishedProjects(): Promise<number> {
  const stored = await db.publishedCount.findUniqueOrThrow({
    where: { table: "Project" },
    select: { count: true },
  });
  return stored.count;
}

export const listProjects = cachedPublicRead("projects", readProjects, () => [
  listTag("projects"),
  relatedTag("organizations"),
]);

async function readProjects(filters: ProjectFilters, pageSize = PAGE_SIZE): Promise<ProjectPage> {
  const page = filters.page ?? 1;
  const words = searchWords(filters.q);
  if (words.length) return searchProjects(words, filters, page, pageSize);
  const where: Prisma.ProjectWhereInput = {
    ...published,
    ...(filters.country && { countries: { some: { countryCode: filters.country } } }),
    ...(filters.discipline && { disciplines: { has: filters.discipline } }),
    ...(filters.area && { cooperationAreas: { has: filters.area } }),
    ...((filters.organisationKind || filters.organisation) && {
      leadOrganisation: { kind: filters.organisationKind, slug: filters.organisation },
    }),
  };
  const filtered =
    filters.country || filters.discipline || filters.area || filters.organisationKind || filters.organisation;
  // The page's ids first (an index-only scan), then its rows: in one query, Prisma would
  // join the relations of every row the offset skips (page 4,000's query took 3.5 s).
  const { items: rows, ...paged } = await readPage(
    page,
    (window) =>
      db.project.findMany({
        where,
        orderBy: filters.sort === "endorsed" ? mostEndorsedFirst : newestFirst,
        ...window,
        select: { id: true },
      }),
    () => (filtered ? db.project.count({ where }) : countPublishedProjects()),
    pageSize,
  );
  return { ...paged, items: await listProjectItems(rows.map((row) => row.id)) };
}

// These projects as listed, in the order of `ids`.
async function listProjectItems(ids: string[]): Promise<ProjectListItem[]> {
  return inOrderOf(ids, await db.project.findMany({ where: { id: { in: ids } }, select: projectListSelect }));
}

// The tsvector is invisible to Prisma, so a search finds the page's ids in rank
// order (with the same filters as above, in SQL), then loads those rows by id.
async function searchProjects(
  words: string[],
  filters: ProjectFilters,
  page: number,
  pageSize: number,
): Promise<ProjectPage> {
  const tsquery = await englishTsQuery(words);
  const conditions = [
    ...projectConditions(filters),
    Prisma.sql`p.id IN (${projectsMatching(words, tsquery)})`,
  ];
  const matching = Prisma.sql`
    FROM "Project" p JOIN "Organisation" o ON o.id = p."leadOrganisationId"
    WHERE ${Prisma.join(conditions, " AND ")}`;
  const order = {
    endorsed: Prisma.sql`"endorsementCount" DESC, "createdAt" DESC`,
    newest: Prisma.sql`"createdAt" DESC`,
    relevance: Prisma.sql`rank DESC, "createdAt" DESC`,
  }[filters.sort ?? "relevance"];

  // Materialised so the matches come from the GIN index whatever the sort: prefix
  // queries are underestimated, and the planner would rather walk a sort index.
  const rows = await db.$queryRaw<{ id: string; total: bigint }[]>`
    WITH matches AS MATERIALIZED (
      SELECT p.id, p."endorsementCount", p."createdAt", ts_rank(p."searchVector", ${tsquery}) AS rank
      ${matching})
    SELECT id, count(*) OVER () AS total FROM matches
    ORDER BY ${order}, id DESC
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  const total = await matchCount(rows, matching);
  const items = await listProjectItems(rows.map((row) => row.id));
  return { items, total, page, pageCount: pageCount(total, pageSize) };
}

// Projects whose text matches, or whose lead or partner organisation's name does, or
// one of whose countries is named by the words, in any of its spellings ("Viet Nam").
function projectsMatching(words: string[], tsquery: Prisma.Sql): Prisma.Sql {
  // Weight A is the organisation's name; its description does not count.
  const namePrefixes = words.map((word) => `${word}:*A`).join(" & ");
  const phrase = words.join(" ");
  // Translations may be in any language, so their words are matched as written.
  const prefixes = words.map((word) => `${word}:*`).join(" & ");
  const namedOrganisations = Prisma.sql`
    SELECT id FROM "Organisation" WHERE "searchVector" @@ to_tsquery('simple', ${namePrefixes})`;
  // A short word ("in") names a country only in full, never as the start of "India".
  const namedCountries = Prisma.sql`
    SELECT c.code FROM "Country" c, unnest(c."alternativeNames" || c.name) AS spelling(name)
    WHERE lower(spelling.name) = ${phrase}
      OR (length(${phrase}) >= 4 AND lower(spelling.name) LIKE ${`${phrase}%`})`;
  return Prisma.sql`
    SELECT id FROM "Project" WHERE "searchVector" @@ ${tsquery}
    UNION SELECT "projectId" FROM "ProjectTranslation" WHERE "searchVector" @@ to_tsquery('simple', ${prefixes})
    UNION SELECT id FROM "Project" WHERE "leadOrganisationId" IN (${namedOrganisations})
    UNION SELECT "projectId" FROM "ProjectPartner" WHERE "organisationId" IN (${namedOrganisations})
    UNION SELECT "projectId" FROM "ProjectCountry" WHERE "countryCode" IN (${namedCountries})`;
}

// The list's filters in SQL over "Project" p and its lead "Organisation" o, for searches and exports.
export function projectConditions(filters: ProjectFilters): Prisma.Sql[] {
  return [
    Prisma.sql`p.visibility = 'PUBLISHED'`,
    filters.country &&
      Prisma.sql`EXISTS (SELECT 1 FROM "ProjectCountry" pc WHERE pc."projectId" = p.id AND pc."countryCode" = ${filters.country})`,
    filters.discipline && Prisma.sql`p.disciplines @> ARRAY[${filters.discipline}]::"Discipline"[]`,
    filters.area && Prisma.sql`p."cooperationAreas" @> ARRAY[${filters.area}]::"CooperationArea"[]`,
    filters.organisationKind && Prisma.sql`o.kind = ${filters.organisationKind}::"OrganisationKind"`,
    filters.organisation && Prisma.sql`o.slug = ${filters.organisation}`,
  ].filter((condition): condition is Prisma.Sql => Boolean(condition));
}

export const listLatestProjects = cachedPublicRead(
  "latest-projects",
  async (take: number = 5) =>
    db.project.findMany({
      where: published,
      orderBy: newestFirst,
      take,
      select: { ...projectListSelect, updatedAt: true },
    }),
  () => [listTag("projects")],
);

const projectDetailSelect = {
  ...projectListSelect,
  description: true,
  language: true,
  translations: { select: { language: true, title: true, summary: true } },
  cooperationAreas: true,
  startDate: true,
  endDate: true,
  website: true,
  visibility: true,
  hiddenReason: true,
  leadOrganisation: { select: organisationListSelect },
  partners: {
    select: {
      organisation: {
        select: {
          slug: true,
          name: true,
          kind: true,
          isSample: true,
          country: { select: { name: true } },
        },
      },
    },
    orderBy: { organisation: { name: "asc" } },
  },
  cities: {
    select: {
      city: {
        select: {
          slug: true,
          name: true,
          country: { select: { code: true, name: true } },
          designations: { select: { programme: true, year: true }, orderBy: { year: "asc" } },
        },
      },
    },
    orderBy: { city: { name: "asc" } },
  },
  partnership: {
    select: {
      id: true,
      isSample: true,
      ecocDesignation: { select: { year: true, city: { select: { name: true } } } },
      cceaDesignation: { select: { year: true, city: { select: { name: true } } } },
    },
  },
  workshop: { select: { slug: true, title: true, language: true } },
  recommendation: { select: { id: true, title: true, visibility: true, language: true } },
} satisfies Prisma.ProjectSelect;

export const getProjectBySlug = cachedEntryRead(
  "project",
  (slug: string) => db.project.findUnique({ where: { slug }, select: projectDetailSelect }),
  (slug) => [entryTag("projects", slug), relatedTag("organizations"), relatedTag("partnerships")],
);

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof getProjectBySlug>>>;

// What the edit form starts from.
const projectFormSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  description: true,
  language: true,
  translations: { select: { language: true, title: true, summary: true }, orderBy: { language: "asc" } },
  disciplines: true,
  cooperationAreas: true,
  startDate: true,
  endDate: true,
  website: true,
  partnershipId: true,
  workshopId: true,
  recommendationId: true,
  visibility: true,
  leadOrganisationId: true,
  leadOrganisation: { select: { id: true, name: true } },
  partners: { select: { organisationId: true } },
  countries: { select: { countryCode: true } },
  cities: { select: { cityId: true } },
} satisfies Prisma.ProjectSelect;

export type EditableProject = Prisma.ProjectGetPayload<{ select: typeof projectFormSelect }>;

// A project as its edit form starts from it; whether this user may edit it is asked of `can`.
export async function findProjectForEdit(
  where: { id: string } | { slug: string },
): Promise<EditableProject | null> {
  return db.project.findUnique({ where, select: projectFormSelect });
}
