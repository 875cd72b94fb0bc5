import "server-only";
import { db } from "@/lib/db";
import { listTag, relatedTag } from "@/lib/cache-tags";
import { cachedPublicRead } from "@/lib/public-data-cache";
import { entryPaths } from "@/lib/entries";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Region } from "@/lib/generated/prisma/enums";
import { pageCount } from "@/lib/search-params";
import type { EntryTarget } from "@/lib/validations/entry-target";

// An entry's page shows its newest endorsers; all of them are listed, a page at a
// time, at <entry>/endorsements. An entry at scale has hundreds: they would be most
// of its page's weight and of the time it takes to render for a signed-in member.
export const ENDORSEMENTS_ON_ENTRY_PAGE = 10;
export const ENDORSEMENTS_PER_PAGE = 50;

type EndorsementPageRequest = { page?: number; pageSize?: number };

// The endorsing organisations of one entry, newest first, a page at a time, each marked
// when it backed an earlier version than the entry's current one, and how many come
// from each region (of all of them, not only the page).
// Every endorsement names its entry's list (lib/actions/endorsements.ts), which expires these.
export const listEndorsements = cachedPublicRead("endorsements", readEndorsements, (...[target]) => [
  listTag("projectId" in target ? "projects" : "recommendations"),
  relatedTag("organizations"),
]);

async function readEndorsements(
  target: EntryTarget,
  { page = 1, pageSize = ENDORSEMENTS_ON_ENTRY_PAGE }: EndorsementPageRequest = {},
) {
  const column = "projectId" in target ? Prisma.sql`"projectId"` : Prisma.sql`"recommendationId"`;
  const id = "projectId" in target ? target.projectId : target.recommendationId;
  const [items, regions, entry] = await Promise.all([
    db.endorsement.findMany({
      where: target,
      // The id breaks ties, so a page never repeats or skips an endorser.
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        statement: true,
        version: true,
        isSample: true,
        createdAt: true,
        organisation: {
          select: { slug: true, name: true, kind: true, country: { select: { code: true, name: true } } },
        },
      },
    }),
    db.$queryRaw<{ region: Region | null; count: bigint }[]>`
      SELECT c.region, count(*) AS count
      FROM "Endorsement" e
      JOIN "Organisation" o ON o.id = e."organisationId"
      LEFT JOIN "Country" c ON c.code = o."countryCode"
      WHERE e.${column} = ${id}
      GROUP BY c.region`,
    "projectId" in target
      ? db.project.findUnique({ where: { id }, select: { version: true } })
      : db.recommendation.findUnique({ where: { id }, select: { version: true } }),
  ]);
  const byRegion = (region: Region | null) =>
    Number(regions.find((row) => row.region === region)?.count ?? 0);
  const balance = { asia: byRegion("ASIA"), europe: byRegion("EUROPE"), other: byRegion(null) };
  const total = balance.asia + balance.europe + balance.other;
  return {
    items: items.map((item) => ({ ...item, earlierVersion: item.version < (entry?.version ?? 1) })),
    balance,
    total,
    page,
    pageCount: pageCount(total, pageSize),
  };
}

export type EndorsementSummary = Awaited<ReturnType<typeof readEndorsements>>;

// A published entry as one organisation sees it when endorsing: the pages that show
// its count, whether it is the organisation's own and whether it endorses it already.
// Every signed-in view of an entry asks this, so it is one plain query (see getCurrentUser).
export async function getEndorsableEntry(target: EntryTarget, organisationId: string) {
  if ("projectId" in target) {
    const [project] = await db.$queryRaw<{ slug: string; own: boolean; endorsed: boolean }[]>`
      SELECT p.slug,
        p."leadOrganisationId" = ${organisationId} OR EXISTS (
          SELECT 1 FROM "ProjectPartner" pp WHERE pp."projectId" = p.id AND pp."organisationId" = ${organisationId}
        ) AS own,
        EXISTS (
          SELECT 1 FROM "Endorsement" e WHERE e."projectId" = p.id AND e."organisationId" = ${organisationId}
        ) AS endorsed
      FROM "Project" p
      WHERE p.id = ${target.projectId} AND p.visibility = 'PUBLISHED'`;
    if (!project) return null;
    const { page, list } = entryPaths(target, project.slug);
    return { paths: [page, list], own: project.own, endorsed: project.endorsed };
  }
  const [recommendation] = await db.$queryRaw<{ workshopSlug: string; own: boolean; endorsed: boolean }[]>`
    SELECT w.slug AS "workshopSlug",
      r."submittedByOrganisationId" IS NOT DISTINCT FROM ${organisationId} AS own,
      EXISTS (
        SELECT 1 FROM "Endorsement" e WHERE e."recommendationId" = r.id AND e."organisationId" = ${organisationId}
      ) AS endorsed
    FROM "Recommendation" r JOIN "Workshop" w ON w.id = r."workshopId"
    WHERE r.id = ${target.recommendationId} AND r.visibility = 'PUBLISHED'`;
  if (!recommendation) return null;
  const { page, list } = entryPaths(target);
  return {
    // The workshop's page lists its recommendations with their counts too.
    paths: [page, list, `/workshops/${recommendation.workshopSlug}`],
    own: recommendation.own,
    endorsed: recommendation.endorsed,
  };
}
