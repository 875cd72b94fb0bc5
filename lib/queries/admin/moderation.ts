import "server-only";
import { db } from "@/lib/db";

import { findPage } from "@/lib/queries/read-page";

const entrySelect = {
  project: { select: { id: true, slug: true, title: true, visibility: true } },
  recommendation: { select: { id: true, title: true, visibility: true } },
} as const;

// Open reports, oldest first: the queue is worked from the front.
export async function listOpenReports(page = 1) {
  return findPage(db.report)(page, {
    where: { status: "OPEN" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      reason: true,
      comment: true,
      createdAt: true,
      reporter: { select: { name: true, organisation: { select: { name: true } } } },
      ...entrySelect,
    },
  });
}

export type OpenReport = Awaited<ReturnType<typeof listOpenReports>>["items"][number];

// Hidden entries, so an admin can restore one. Moderation hides few, so both lists are short.
export async function listHiddenEntries() {
  const [projects, recommendations] = await Promise.all([
    db.project.findMany({
      where: { visibility: "HIDDEN" },
      orderBy: { updatedAt: "desc" },
      take: 100,
      select: { id: true, slug: true, title: true, hiddenReason: true, updatedAt: true },
    }),
    db.recommendation.findMany({
      where: { visibility: "HIDDEN" },
      orderBy: { updatedAt: "desc" },
      take: 100,
      select: { id: true, title: true, hiddenReason: true, updatedAt: true },
    }),
  ]);
  return { projects, recommendations };
}
