import "server-only";
import { cache } from "react";
import { allOf } from "@/lib/all-of";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrganisationKind, VerificationStatus } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, pageCount } from "@/lib/search-params";
import { inOrderOf } from "./in-order";
import { matchCount } from "./ranked-search";
import { prefixTsQuery } from "./text-search";
import { findPage } from "@/lib/queries/read-page";

export type OrganisationFilters = {
  q?: string;
  kind?: OrganisationKind;
  country?: string;
  verification?: VerificationStatus;
  page?: number;
};

export const organisationListSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  verificationStatus: true,
  isSample: true,
  country: { select: { code: true, name: true } },
} satisfies Prisma.OrganisationSelect;

export type OrganisationListItem = Prisma.OrganisationGetPayload<{
  select: typeof organisationListSelect;
}> & {
  _count: { leadProjects: number };
};

const publishedProjects = { visibility: "PUBLISHED" } as const;

// Merged organisations live on only as a pointer to the one they were merged into.
export async function listOrganisations(filters: OrganisationFilters, pageSize = PAGE_SIZE) {
  const page = filters.page ?? 1;
  const query = prefixTsQuery(filters.q);
  const { ids, total } = query
    ? await searchOrganisationIds(query, filters, page, pageSize)
    : await browseOrganisationIds(filters, page, pageSize);
  const items = await listOrganisationItems(ids);
  return { items, total, page, pageCount: pageCount(total, pageSize) };
}

// These organisations as listed, in the order of `ids`.
export async function listOrganisationItems(ids: string[]): Promise<OrganisationListItem[]> {
  const [rows, ledCounts] = await Promise.all([
    db.organisation.findMany({ where: { id: { in: ids } }, select: organisationListSelect }),
    db.project.groupBy({
      by: ["leadOrganisationId"],
      where: { ...publishedProjects, leadOrganisationId: { in: ids } },
      _count: { _all: true },
    }),
  ]);
  // Counted for this page's organisations only, through the lead-organisation index.
  const led = new Map(ledCounts.map((row) => [row.leadOrganisationId, row._count._all]));
  return inOrderOf(ids, rows).map((row) => ({ ...row, _count: { leadProjects: led.get(row.id) ?? 0 } }));
}

async function browseOrganisationIds(filters: OrganisationFilters, page: number, pageSize: number) {
  const where: Prisma.OrganisationWhereInput = {
    mergedIntoId: null,
    ...(filters.kind && { kind: filters.kind }),
    ...(filters.country && { countryCode: filters.country }),
    ...(filters.verification && { verificationStatus: filters.verification }),
  };
  const { items: rows, total } = await findPage(db.organisation)(
    page,
    { where, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true } },
    pageSize,
  );
  return { ids: rows.map((row) => row.id), total };
}

// Names are indexed with the 'simple' configuration (no stemming of proper names).
async function searchOrganisationIds(
  query: string,
  filters: OrganisationFilters,
  page: number,
  pageSize: number,
) {
  const tsquery = Prisma.sql`to_tsquery('simple', ${query})`;
  const conditions = [...organisationConditions(filters), Prisma.sql`"searchVector" @@ ${tsquery}`];
  const where = Prisma.join(conditions, " AND ");
  const rows = await db.$queryRaw<{ id: string; total: bigint }[]>`
    SELECT id, count(*) OVER () AS total FROM "Organisation" WHERE ${where}
    ORDER BY ts_rank("searchVector", ${tsquery}) DESC, name, id
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  const total = await matchCount(rows, Prisma.sql`FROM "Organisation" WHERE ${where}`);
  return { ids: rows.map((row) => row.id), total };
}

// The list's filters in SQL over "Organisation", for searches and exports.
export function organisationConditions(filters: OrganisationFilters): Prisma.Sql[] {
  return [
    Prisma.sql`"mergedIntoId" IS NULL`,
    filters.kind && Prisma.sql`kind = ${filters.kind}::"OrganisationKind"`,
    filters.country && Prisma.sql`"countryCode" = ${filters.country}`,
    filters.verification && Prisma.sql`"verificationStatus" = ${filters.verification}::"VerificationStatus"`,
  ].filter((condition): condition is Prisma.Sql => Boolean(condition));
}

// For the "projects led by …" filter of /projects.
export async function getOrganisationName(slug: string) {
  return db.organisation.findUnique({ where: { slug }, select: { slug: true, name: true } });
}

const projectLinkSelect = { slug: true, title: true, isSample: true } satisfies Prisma.ProjectSelect;
const SHOWN = 20;

// Cached per request: a detail page's generateMetadata and body share one query.
export const getOrganisationBySlug = cache(async (slug: string) => {
  const organisation = await db.organisation.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      website: true,
      description: true,
      verificationStatus: true,
      isSample: true,
      mergedInto: { select: { slug: true, name: true } },
      country: { select: { code: true, name: true } },
      publications: {
        select: { role: true, publication: { select: { slug: true, title: true, url: true, year: true } } },
        orderBy: { publication: { title: "asc" } },
      },
      workshopsOrganised: {
        select: { workshop: { select: { slug: true, title: true, startDate: true } } },
        orderBy: { workshop: { startDate: "desc" } },
      },
    },
  });
  if (!organisation) return null;
  const led = { ...publishedProjects, leadOrganisationId: organisation.id };
  const partnered = { ...publishedProjects, partners: { some: { organisationId: organisation.id } } };
  const endorsed = { organisationId: organisation.id };
  // Counted one by one through their indexes: a grouped _count would aggregate whole tables.
  const { leadProjects, partnerCount, endorsementCount, ...shown } = await allOf({
    ledProjects: newestProjects(led),
    leadProjects: db.project.count({ where: led }),
    partnerProjects: newestProjects(partnered),
    partnerCount: db.project.count({ where: partnered }),
    endorsements: db.endorsement.findMany({
      where: endorsed,
      orderBy: { createdAt: "desc" },
      take: 10,
      select: {
        id: true,
        createdAt: true,
        isSample: true,
        project: { select: { slug: true, title: true, visibility: true } },
        recommendation: { select: { id: true, title: true, visibility: true } },
      },
    }),
    endorsementCount: db.endorsement.count({ where: endorsed }),
  });
  return {
    ...organisation,
    ...shown,
    _count: { leadProjects, partnerProjects: partnerCount, endorsements: endorsementCount },
  };
});

function newestProjects(where: Prisma.ProjectWhereInput) {
  return db.project.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: SHOWN,
    select: projectLinkSelect,
  });
}

export type OrganisationDetail = NonNullable<Awaited<ReturnType<typeof getOrganisationBySlug>>>;
