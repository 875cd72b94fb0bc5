import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Region } from "@/lib/generated/prisma/enums";

export type EndorsementTarget = { projectId: string } | { recommendationId: string };

const SHOWN = 50;

// The endorsing organisations of one entry, newest first, and how many come from each region.
export async function listEndorsements(target: EndorsementTarget) {
  const column = "projectId" in target ? Prisma.sql`"projectId"` : Prisma.sql`"recommendationId"`;
  const id = "projectId" in target ? target.projectId : target.recommendationId;
  const [items, regions] = await Promise.all([
    db.endorsement.findMany({
      where: target,
      orderBy: { createdAt: "desc" },
      take: SHOWN,
      select: {
        id: true,
        statement: true,
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
  ]);
  const byRegion = (region: Region | null) =>
    Number(regions.find((row) => row.region === region)?.count ?? 0);
  return {
    items,
    balance: { asia: byRegion("ASIA"), europe: byRegion("EUROPE"), other: byRegion(null) },
  };
}

export type EndorsementSummary = Awaited<ReturnType<typeof listEndorsements>>;
