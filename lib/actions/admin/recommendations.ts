"use server";

import { getTranslations } from "next-intl/server";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { refuse, type CurrentUser } from "@/lib/dal";
import { failedForm } from "@/lib/form-state";
import { getFormat } from "@/lib/format";
import { notifyRecommendationStatus } from "@/lib/notifications/events";
import type { z } from "zod";
import { RecommendationStatusSchema } from "@/lib/validations/moderation";
import { formAction } from "../action";
import { revalidatePages } from "@/lib/revalidate";

// Moves a recommendation to a new status with a dated note; the history row, the
// recommendation and the audit entry change together.
export const changeRecommendationStatus = formAction("admin", RecommendationStatusSchema, changeStatus);

async function changeStatus(
  input: z.output<typeof RecommendationStatusSchema>,
  admin: CurrentUser,
  formData: FormData,
) {
  const meetingId = input.toStatus === "FORWARDED" ? input.meetingId : undefined;
  const [t, tForms] = await Promise.all([
    getTranslations("outcomes.recommendations"),
    getTranslations("forms"),
  ]);
  const impossible = await impossibleDates(input.recommendationId, input.changedOn, meetingId);
  if (impossible) return failedForm(formData, tForms("needsAttention"), impossible);
  await db.$transaction(async (tx) => {
    const before = await tx.recommendation.findUnique({
      where: { id: input.recommendationId },
      select: { status: true, forwardedToMeetingId: true },
    });
    if (!before) refuse(t("missing"));
    if (meetingId && !(await tx.meeting.findUnique({ where: { id: meetingId }, select: { id: true } }))) {
      refuse(t("meetingFromList"));
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
  return { ok: true, message: (await getTranslations("outcomes"))("statusChanged") };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

// A status cannot change before the recommendation was submitted, nor can it be
// forwarded to a meeting that ended before then.
async function impossibleDates(recommendationId: string, changedOn?: string, meetingId?: string) {
  const [recommendation, meeting] = await Promise.all([
    db.recommendation.findUnique({ where: { id: recommendationId }, select: { submittedAt: true } }),
    meetingId
      ? db.meeting.findUnique({
          where: { id: meetingId },
          select: { name: true, startDate: true, endDate: true },
        })
      : null,
  ]);
  if (!recommendation) return null;
  const [t, format] = await Promise.all([getTranslations("outcomes.recommendations"), getFormat()]);
  const submittedOn = format.date(recommendation.submittedAt);
  const submitted = day(recommendation.submittedAt);
  const errors: Record<string, string[]> = {};
  if (changedOn && changedOn < submitted) errors.changedOn = [t("beforeSubmission", { date: submittedOn })];
  const held = meeting?.endDate ?? meeting?.startDate;
  if (meeting && held && day(held) < submitted)
    errors.meetingId = [t("meetingBeforeSubmission", { meeting: meeting.name, date: submittedOn })];
  return Object.keys(errors).length ? errors : null;
}
