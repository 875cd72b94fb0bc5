import { z } from "zod";
import { optional } from "./common";
import { msg } from "./messages";

// The admin forms on organisations and user accounts.

const id = z.string().trim().min(1).max(64);

export const VerifyOrganisationSchema = z.object({ organisationId: id });

export const RejectOrganisationSchema = z.object({
  organisationId: id,
  reason: z.string().trim().min(5, msg("organisation.declineReasonTooShort")).max(500, msg("reason.tooLong")),
});

export const MergeOrganisationsSchema = z.object({
  duplicateId: id,
  keepId: z
    .string({ error: msg("organisation.keepRequired") })
    .trim()
    .min(1, msg("organisation.keepRequired"))
    .max(64),
  confirm: z.literal("yes", { error: msg("organisation.confirmMerge") }),
});

// The list page the form was sent from, to come back to with its filters.
const returnTo = optional(z.string().max(500));

export const ChangeUserRoleSchema = z.object({
  userId: id,
  role: z.enum(["MEMBER", "ADMIN"], { error: msg("role.required") }),
  returnTo,
});

export const UserAccountSchema = z.object({ userId: id, returnTo });
