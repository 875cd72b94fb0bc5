import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// The position after a workshop's last recommendation. Locks the workshop's row, so
// concurrent submissions in their own transactions take positions one after another.
export async function nextRecommendationPosition(tx: Prisma.TransactionClient, workshopId: string) {
  await tx.$executeRaw`SELECT 1 FROM "Workshop" WHERE "id" = ${workshopId} FOR UPDATE`;
  const last = await tx.recommendation.aggregate({ where: { workshopId }, _max: { position: true } });
  return (last._max.position ?? 0) + 1;
}
