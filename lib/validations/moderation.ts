import { z } from "zod";
import { optional } from "./common";
import { withEntryTarget } from "./entry-target";
import { msg } from "./messages";

export const ReportReasonSchema = z.enum(["SPAM", "OFFENSIVE", "OFF_TOPIC", "INACCURATE"], {
  error: msg("report.reasonRequired"),
});

export const ReportSchema = withEntryTarget({
  reason: ReportReasonSchema,
  comment: optional(z.string().trim().max(1000, msg("report.commentTooLong"))),
});

const publicReason = z
  .string()
  .trim()
  .min(5, msg("moderation.publicReasonTooShort"))
  .max(300, msg("reason.tooLong"));

export const HideEntrySchema = withEntryTarget({ reason: publicReason });

export const RestoreEntrySchema = withEntryTarget({});

export const DismissReportSchema = z.object({ reportId: z.string().trim().min(1).max(64) });

export const RecommendationStatusSchema = z
  .object({
    recommendationId: z.string().trim().min(1).max(64),
    toStatus: z.enum(["SUBMITTED", "UNDER_REVIEW", "FORWARDED", "ACKNOWLEDGED", "IMPLEMENTED", "DECLINED"], {
      error: msg("status.required"),
    }),
    meetingId: optional(z.string().trim().max(64)),
    note: z.string().trim().min(3, msg("note.required")).max(1000, msg("note.tooLong")),
    changedOn: optional(z.iso.date(msg("date.format"))),
  })
  .refine((input) => input.toStatus !== "FORWARDED" || input.meetingId, {
    path: ["meetingId"],
    message: msg("status.meetingRequired"),
  })
  .refine((input) => !input.changedOn || new Date(input.changedOn) <= new Date(), {
    path: ["changedOn"],
    message: msg("date.future"),
  });
