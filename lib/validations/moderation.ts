import { z } from "zod";
import { optional } from "./common";
import { withEntryTarget } from "./entry-target";

export const ReportReasonSchema = z.enum(["SPAM", "OFFENSIVE", "OFF_TOPIC", "INACCURATE"], {
  error: "Choose why you report this entry.",
});

export const ReportSchema = withEntryTarget({
  reason: ReportReasonSchema,
  comment: optional(z.string().trim().max(1000, "Shorten the comment to at most 1,000 characters.")),
});

const publicReason = z
  .string()
  .trim()
  .min(5, "Give the reason shown in place of the entry (at least 5 characters).")
  .max(300, "Shorten the reason to at most 300 characters.");

export const HideEntrySchema = withEntryTarget({ reason: publicReason });

export const RestoreEntrySchema = withEntryTarget({});

export const DismissReportSchema = z.object({ reportId: z.string().trim().min(1).max(64) });

export const RecommendationStatusSchema = z
  .object({
    recommendationId: z.string().trim().min(1).max(64),
    toStatus: z.enum(["SUBMITTED", "UNDER_REVIEW", "FORWARDED", "ACKNOWLEDGED", "IMPLEMENTED", "DECLINED"], {
      error: "Choose the new status.",
    }),
    meetingId: optional(z.string().trim().max(64)),
    note: z
      .string()
      .trim()
      .min(3, "Write a short note on the change.")
      .max(1000, "At most 1,000 characters."),
    changedOn: optional(z.iso.date("Enter the date as YYYY-MM-DD.")),
  })
  .refine((input) => input.toStatus !== "FORWARDED" || input.meetingId, {
    path: ["meetingId"],
    message: "Choose the meeting the recommendation was forwarded to.",
  })
  .refine((input) => !input.changedOn || new Date(input.changedOn) <= new Date(), {
    path: ["changedOn"],
    message: "The date cannot be in the future.",
  });
