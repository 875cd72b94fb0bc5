import { z } from "zod";
import { CooperationArea, PartnershipStatus, Sector } from "@/lib/generated/prisma/enums";
import { list } from "./common";
import { msg, type ValidationKey } from "./messages";

export const PARTNERSHIP_LIMITS = {
  rationale: { min: 20, max: 5000 },
  note: { min: 3, max: 1000 },
  // Projects linked in one save: enough for a pairing, few enough to check at once.
  projects: 50,
} as const;

const id = z.string().trim().min(1).max(64);

const isSlug = (value: string) => value.length <= 100 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);

// Slugs typed or pasted as project addresses ("…/projects/<slug>"), separated by commas or new lines.
const projectSlugList = z
  .string()
  .max(10_000, msg("partnership.projectListTooLong"))
  .transform((value) => [
    ...new Set(
      value
        .split(/[\s,]+/)
        .map((item) =>
          item
            .replace(/^.*\/projects\//, "")
            .replace(/[/?#].*$/, "")
            .toLowerCase(),
        )
        .filter(Boolean),
    ),
  ])
  .superRefine((slugs, context) => {
    const wrong = slugs.filter((slug) => !isSlug(slug));
    if (wrong.length)
      context.addIssue({
        code: "custom",
        message: msg("partnership.notAProject"),
        params: { slugs: wrong.join(", ") },
      });
    if (slugs.length > PARTNERSHIP_LIMITS.projects)
      context.addIssue({
        code: "custom",
        message: msg("partnership.tooManyProjects"),
        params: { max: PARTNERSHIP_LIMITS.projects },
      });
  });

const designation = (message: ValidationKey) =>
  z.string({ error: message }).trim().min(1, message).max(64, message);

const status = z.enum(PartnershipStatus, { error: msg("status.fromList") });

// The pairing form; the suggestions' one-click "Pair" forms send the same fields.
export const PartnershipFormSchema = z.object({
  ecocDesignationId: designation("partnership.ecocRequired"),
  cceaDesignationId: designation("partnership.cceaRequired"),
  cooperationAreas: list(z.array(z.enum(CooperationArea, { error: msg("fromList.areas") }))),
  sectors: list(z.array(z.enum(Sector, { error: msg("fromList.sectors") }))),
  rationale: z
    .string({ error: msg("partnership.rationaleRequired") })
    .trim()
    .min(PARTNERSHIP_LIMITS.rationale.min, msg("partnership.rationaleTooShort"))
    .max(PARTNERSHIP_LIMITS.rationale.max, msg("partnership.rationaleTooLong")),
  addProjectSlugs: projectSlugList.default([]),
});

export const CreatePartnershipSchema = PartnershipFormSchema.extend({ status });

export const UpdatePartnershipSchema = PartnershipFormSchema.extend({
  partnershipId: id,
  unlinkProjectIds: list(z.array(id).max(200)),
});

export const PartnershipStatusSchema = z.object({
  partnershipId: id,
  toStatus: status,
  note: z
    .string({ error: msg("note.required") })
    .trim()
    .min(PARTNERSHIP_LIMITS.note.min, msg("note.required"))
    .max(PARTNERSHIP_LIMITS.note.max, msg("note.tooLong")),
});

export const DeletePartnershipSchema = z.object({ partnershipId: id });

export type PartnershipFormInput = z.output<typeof PartnershipFormSchema>;
