"use server";

import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { refuse } from "@/lib/dal";
import { notifyRecommendationStatus } from "@/lib/notifications/events";
import { RecommendationStatusSchema } from "@/lib/validations/moderation";
import { adminAction } from "../action";
import { revalidatePages } from "@/lib/revalidate";

// Moves a recommendation to a new status with a dated note; the history row, the
// recommendation and the audit entry change together.
export const changeRecommendationStatus = adminAction(RecommendationStatusSchema, async (input, admin) => {
  const meetingId = input.toStatus === "FORWARDED" ? input.meetingId : undefined;
  await db.$transaction(async (tx) => {
    const before = await tx.recommendation.findUnique({
      where: { id: input.recommendationId },
      select: { status: true, forwardedToMeetingId: true },
    });
    if (!before) refuse("This recommendation does not exist.");
    if (meetingId && !(await tx.meeting.findUnique({ where: { id: meetingId }, select: { id: true } }))) {
      refuse("Choose a meeting from the list.");
    }
    const changedAt = input.changedOn ? new Date(input.changedOn) : new Date();
    await tx.recommendationStatusChange.create({
      data: {
        recommendationId: input.recommendationId,
        fromStatus: before.status,
        toStatus: input.toStatus,
        meetingId,
        note: input.note,
        changedAt,
        changedById: admin.id,
      },
    });
    const after = {
      status: input.toStatus,
      forwardedToMeetingId: meetingId ?? before.forwardedToMeetingId,
    };
    await tx.recommendation.update({ where: { id: input.recommendationId }, data: after });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "recommendation.status",
      entityType: "Recommendation",
      entityId: input.recommendationId,
      before,
      after: { ...after, note: input.note, changedAt: changedAt.toISOString() },
    });
    if (before.status !== input.toStatus)
      await notifyRecommendationStatus(tx, input.recommendationId, input.toStatus);
  });
  revalidatePages(`/recommendations/${input.recommendationId}`, "/recommendations", "/admin/recommendations");
  return { ok: true, message: "The status is changed." };
});
