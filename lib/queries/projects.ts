import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CooperationArea, Discipline, OrganisationKind } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, pageCount } from "@/lib/search-params";
import { prefixTsQuery } from "./text-search";

export type ProjectSort = "newest" | "endorsed";
export type ProjectFilters = {
  q?: string;
  country?: string;
  discipline?: Discipline;
  area?: CooperationArea;
  organisationKind?: OrganisationKind;
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
  createdAt: true,
  leadOrganisation: { select: { slug: true, name: true, verificationStatus: true } },
  countries: { select: { country: { select: { code: true, name: true } } }, orderBy: { countryCode: "asc" } },
} satisfies Prisma.ProjectSelect;

export type ProjectListItem = Prisma.ProjectGetPayload<{ select: typeof projectListSelect }>;

const published = { visibility: "PUBLISHED" } as const;

function filterWhere(filters: ProjectFilters): Prisma.ProjectWhereInput {
  return {
    ...published,
    ...(filters.country && { countries: { some: { countryCode: filters.country } } }),
    ...(filters.discipline && { disciplines: { has: filters.discipline } }),
    ...(filters.area && { cooperationAreas: { has: filters.area } }),
    ...(filters.organisationKind && { leadOrganisation: { kind: filters.organisationKind } }),
    ...(filters.organisation && { leadOrganisation: { slug: filters.organisation } }),
  };
}

const orderBy = (sort: ProjectSort | undefined): Prisma.ProjectOrderByWithRelationInput[] =>
  sort === "endorsed"
    ? [{ endorsementCount: "desc" }, { createdAt: "desc" }, { id: "desc" }]
    : [{ createdAt: "desc" }, { id: "desc" }];

export async function listProjects(filters: ProjectFilters) {
  const page = filters.page ?? 1;
  const query = prefixTsQuery(filters.q);
  if (query) return searchProjects(query, filters, page);
  const where = filterWhere(filters);
  const [items, total] = await Promise.all([
    db.project.findMany({
      where,
      orderBy: orderBy(filters.sort),
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: projectListSelect,
    }),
    db.project.count({ where }),
  ]);
  return { items, total, page, pageCount: pageCount(total) };
}

// Full-text search ranks in SQL (the tsvector is invisible to Prisma), then the
// page's rows are loaded with the same select as the plain list.
async function searchProjects(query: string, filters: ProjectFilters, page: number) {
  const conditions = [
    Prisma.sql`p.visibility = 'PUBLISHED'`,
    Prisma.sql`p."searchVector" @@ to_tsquery('english', ${query})`,
    filters.country &&
      Prisma.sql`EXISTS (SELECT 1 FROM "ProjectCountry" pc WHERE pc."projectId" = p.id AND pc."countryCode" = ${filters.country})`,
    filters.discipline && Prisma.sql`p.disciplines @> ARRAY[${filters.discipline}]::"Discipline"[]`,
    filters.area && Prisma.sql`p."cooperationAreas" @> ARRAY[${filters.area}]::"CooperationArea"[]`,
    filters.organisationKind && Prisma.sql`o.kind = ${filters.organisationKind}::"OrganisationKind"`,
    filters.organisation && Prisma.sql`o.slug = ${filters.organisation}`,
  ].filter((condition): condition is Prisma.Sql => Boolean(condition));
  const rank = Prisma.sql`ts_rank(p."searchVector", to_tsquery('english', ${query}))`;
  const order =
    filters.sort === "endorsed"
      ? Prisma.sql`p."endorsementCount" DESC, ${rank} DESC, p."createdAt" DESC`
      : Prisma.sql`${rank} DESC, p."createdAt" DESC`;
  const rows = await db.$queryRaw<{ id: string; total: bigint }[]>`
    SELECT p.id, count(*) OVER () AS total
    FROM "Project" p JOIN "Organisation" o ON o.id = p."leadOrganisationId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${order}, p.id
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
  const total = rows.length ? Number(rows[0].total) : await countSearch(conditions);
  const found = await db.project.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: projectListSelect,
  });
  const byId = new Map(found.map((project) => [project.id, project]));
  return { items: rows.map((row) => byId.get(row.id)!), total, page, pageCount: pageCount(total) };
}

// A page past the end returns no rows, so the total needs its own count.
async function countSearch(conditions: Prisma.Sql[]) {
  const [row] = await db.$queryRaw<{ total: bigint }[]>`
    SELECT count(*) AS total FROM "Project" p JOIN "Organisation" o ON o.id = p."leadOrganisationId"
    WHERE ${Prisma.join(conditions, " AND ")}`;
  return Number(row.total);
}

export async function listLatestProjects(take = 5) {
  return db.project.findMany({
    where: published,
    orderBy: orderBy("newest"),
    take,
    select: projectListSelect,
  });
}

export async function getProjectBySlug(slug: string) {
  return db.project.findUnique({
    where: { slug },
    select: {
      ...projectListSelect,
      description: true,
      cooperationAreas: true,
      startDate: true,
      endDate: true,
      website: true,
      visibility: true,
      hiddenReason: true,
      updatedAt: true,
      leadOrganisation: {
        select: {
          slug: true,
          name: true,
          kind: true,
          verificationStatus: true,
          country: { select: { code: true, name: true } },
        },
      },
      partners: {
        select: { organisation: { select: { slug: true, name: true, kind: true, isSample: true } } },
        orderBy: { organisation: { name: "asc" } },
      },
      cities: {
        select: {
          city: {
            select: {
              slug: true,
              name: true,
              country: { select: { name: true } },
              designations: { select: { programme: true, year: true }, orderBy: { year: "asc" } },
            },
          },
        },
      },
      partnership: {
        select: {
          id: true,
          ecocDesignation: { select: { year: true, city: { select: { name: true } } } },
          cceaDesignation: { select: { year: true, city: { select: { name: true } } } },
        },
      },
      workshop: { select: { slug: true, title: true } },
      recommendation: { select: { id: true, title: true, visibility: true } },
    },
  });
}

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof getProjectBySlug>>>;
