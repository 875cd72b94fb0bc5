import "server-only";
import type { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntryTarget } from "@/lib/validations/entry-target";

// The client or a transaction of it.
type Client = Prisma.TransactionClient | typeof db;

// Projects and recommendations are moderated alike: one place reads and sets their visibility.
export async function getEntryVisibility(tx: Client, target: EntryTarget) {
  const select = { id: true, title: true, visibility: true, hiddenReason: true } as const;
  return "projectId" in target
    ? tx.project.findUnique({ where: { id: target.projectId }, select: { ...select, slug: true } })
    : tx.recommendation.findUnique({ where: { id: target.recommendationId }, select });
}

export async function setEntryVisibility(
  tx: Client,
  target: EntryTarget,
  data: { visibility: "PUBLISHED" | "HIDDEN"; hiddenReason: string | null },
) {
  if ("projectId" in target) await tx.project.update({ where: { id: target.projectId }, data });
  else await tx.recommendation.update({ where: { id: target.recommendationId }, data });
}

// The public address of an entry, and the list it appears in.
export function entryPaths(target: EntryTarget, slug?: string) {
  return "projectId" in target
    ? { page: `/projects/${slug}`, list: "/projects", entityType: "Project", id: target.projectId }
    : {
        page: `/recommendations/${target.recommendationId}`,
        list: "/recommendations",
        entityType: "Recommendation",
        id: target.recommendationId,
      };
}
