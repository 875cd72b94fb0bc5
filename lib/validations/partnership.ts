import { z } from "zod";
import { CooperationArea, PartnershipStatus, Sector } from "@/lib/generated/prisma/enums";
import { list } from "./common";

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
  .max(10_000, "Shorten the list.")
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
  .refine((slugs) => slugs.every(isSlug), {
    error: ({ input }) =>
      `Not a project address or slug: ${(input as string[]).filter((slug) => !isSlug(slug)).join(", ")}.`,
  })
  .refine((slugs) => slugs.length <= PARTNERSHIP_LIMITS.projects, {
    error: `Link at most ${PARTNERSHIP_LIMITS.projects} projects at a time.`,
  });

const designation = (message: string) => z.string({ error: message }).trim().min(1, message).max(64, message);

const status = z.enum(PartnershipStatus, { error: "Choose a status from the list." });

// The pairing form; the suggestions' one-click "Pair" forms send the same fields.
export const PartnershipFormSchema = z.object({
  ecocDesignationId: designation("Choose a European Capital of Culture."),
  cceaDesignationId: designation("Choose a Culture City of East Asia."),
  cooperationAreas: list(
    z.array(z.enum(CooperationArea, { error: "Choose cooperation areas from the list." })),
  ),
  sectors: list(z.array(z.enum(Sector, { error: "Choose sectors from the list." }))),
  rationale: z
    .string({ error: "Say why these two cities belong together." })
    .trim()
    .min(PARTNERSHIP_LIMITS.rationale.min, `Write at least ${PARTNERSHIP_LIMITS.rationale.min} characters.`)
    .max(PARTNERSHIP_LIMITS.rationale.max, "Shorten the rationale to at most 5,000 characters."),
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
    .string({ error: "Write a short note on the change." })
    .trim()
    .min(PARTNERSHIP_LIMITS.note.min, "Write a short note on the change.")
    .max(PARTNERSHIP_LIMITS.note.max, "Shorten the note to at most 1,000 characters."),
});

export const DeletePartnershipSchema = z.object({ partnershipId: id });

export type PartnershipFormInput = z.output<typeof PartnershipFormSchema>;
