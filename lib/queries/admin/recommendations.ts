import "server-only";
import { db } from "@/lib/db";
import type { RecommendationStatus } from "@/lib/generated/prisma/enums";

import { findPage } from "@/lib/queries/read-page";
import { newestFirst } from "@/lib/queries/recommendations";

// Every recommendation, hidden ones included, for follow-up; newest first.
export async function listRecommendationsForFollowUp(filters: {
  status?: RecommendationStatus;
  page?: number;
}) {
  return findPage(db.recommendation)(filters.page, {
    where: filters.status ? { status: filters.status } : {},
    orderBy: newestFirst,
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
  });
}

// The recommendations an organisation submitted, with their latest status change, for /account.
export async function listOrganisationRecommendations(organisationId: string) {
  return db.recommendation.findMany({
    where: { submittedByOrganisationId: organisationId },
    orderBy: newestFirst,
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
