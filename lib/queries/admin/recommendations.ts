import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RecommendationStatus } from "@/lib/generated/prisma/enums";

import { readPage } from "@/lib/queries/read-page";

// Every recommendation, hidden ones included, for follow-up; newest first.
export async function listRecommendationsForFollowUp(filters: {
  status?: RecommendationStatus;
  page?: number;
}) {
  const page = filters.page ?? 1;
  const where: Prisma.RecommendationWhereInput = filters.status ? { status: filters.status } : {};
  return readPage(
    page,
    (window) =>
      db.recommendation.findMany({
        where,
        orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
        ...window,
        select: {
          id: true,
          title: true,
          status: true,
          visibility: true,
          submittedAt: true,
          submittedByLabel: true,
          submittedByOrganisation: { select: { name: true } },
          workshop: { select: { title: true } },
        },
      }),
    () => db.recommendation.count({ where }),
  );
}

// The recommendations an organisation submitted, with their latest status change, for /account.
export async function listOrganisationRecommendations(organisationId: string) {
  return db.recommendation.findMany({
    where: { submittedByOrganisationId: organisationId },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: 50,
    select: {
      id: true,
      title: true,
      status: true,
      visibility: true,
      hiddenReason: true,
      statusChanges: {
        orderBy: [{ changedAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { changedAt: true, note: true, meeting: { select: { name: true } } },
      },
    },
  });
}
