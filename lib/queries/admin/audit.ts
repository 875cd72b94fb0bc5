import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

import { findPage } from "@/lib/queries/read-page";

export type AuditFilters = {
  action?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  page?: number;
};

const entrySelect = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  createdAt: true,
  actor: { select: { id: true, name: true, email: true } },
} satisfies Prisma.AuditEntrySelect;

const newestFirst: Prisma.AuditEntryOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

// Newest first; each filter has an index that leads with its column and ends with createdAt.
export async function listAuditEntries(filters: AuditFilters) {
  const where: Prisma.AuditEntryWhereInput = {
    ...(filters.action && { action: filters.action }),
    ...(filters.entityType && { entityType: filters.entityType }),
    ...(filters.entityId && { entityId: filters.entityId }),
    ...(filters.actorId && { actorId: filters.actorId }),
  };
  return findPage(db.auditEntry)(filters.page, { where, orderBy: newestFirst, select: entrySelect });
}

export type AuditListItem = Awaited<ReturnType<typeof listAuditEntries>>["items"][number];

export async function listRecentAuditEntries(take = 5) {
  return db.auditEntry.findMany({
    orderBy: newestFirst,
    take,
    select: entrySelect,
  });
}

// The values the filters offer. A recursive query hops from one distinct value to the
// next through the column's index, so it reads one row per value, not the whole log.
async function distinctValues(column: "action" | "entityType" | "actorId") {
  const name = Prisma.raw(`"${column}"`);
  const rows = await db.$queryRaw<{ value: string | null }[]>`
    WITH RECURSIVE found(value) AS (
      (SELECT ${name} FROM "AuditEntry" WHERE ${name} IS NOT NULL ORDER BY ${name} LIMIT 1)
      UNION ALL
      SELECT (SELECT ${name} FROM "AuditEntry" WHERE ${name} > found.value ORDER BY ${name} LIMIT 1)
      FROM found WHERE found.value IS NOT NULL
    )
    SELECT value FROM found WHERE value IS NOT NULL LIMIT 200`;
  return rows.flatMap((row) => (row.value ? [row.value] : []));
}

export async function listAuditFilterOptions() {
  const [actions, entityTypes, actorIds] = await Promise.all([
    distinctValues("action"),
    distinctValues("entityType"),
    distinctValues("actorId"),
  ]);
  const actors = await db.user.findMany({
    where: { id: { in: actorIds } },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true },
  });
  return { actions, entityTypes, actors };
}
