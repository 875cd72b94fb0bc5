import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { englishPrefixQuery } from "./text-search";

// The searches find a page's ids in rank order in SQL, each row carrying the count of every match.

// The English tsquery, built once, so that the search compares every row with a constant.
export async function englishTsQuery(words: string[]): Promise<Prisma.Sql> {
  const [{ query }] = await db.$queryRaw<{ query: string }[]>`
    SELECT ${englishPrefixQuery(words)}::text AS query`;
  return Prisma.sql`${query}::tsquery`;
}

// The count the page's rows carry; a page past the end has none to carry it, so it is counted on its own.
export async function matchCount(rows: { total: bigint }[], matching: Prisma.Sql): Promise<number> {
  if (rows.length) return Number(rows[0].total);
  const [{ total }] = await db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total ${matching}`;
  return Number(total);
}
