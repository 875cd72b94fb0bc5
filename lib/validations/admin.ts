import { z } from "zod";
import { optional } from "./common";

// The admin forms on organisations and user accounts.

const id = z.string().trim().min(1).max(64);

export const VerifyOrganisationSchema = z.object({ organisationId: id });

export const RejectOrganisationSchema = z.object({
  organisationId: id,
  reason: z
    .string()
    .trim()
    .min(5, "Give the reason for declining (at least 5 characters).")
    .max(500, "Shorten the reason to at most 500 characters."),
});

export const MergeOrganisationsSchema = z.object({
  duplicateId: id,
  keepId: z
    .string({ error: "Choose the organisation to keep." })
    .trim()
    .min(1, "Choose the organisation to keep.")
    .max(64),
  confirm: z.literal("yes", { error: "Tick the box to confirm the merge: it cannot be undone." }),
});

// The list page the form was sent from, to come back to with its filters.
const returnTo = optional(z.string().max(500));

export const ChangeUserRoleSchema = z.object({
  userId: id,
  role: z.enum(["MEMBER", "ADMIN"], { error: "Choose a role." }),
  returnTo,
});

export const UserAccountSchema = z.object({ userId: id, returnTo });
