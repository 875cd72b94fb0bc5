import { z } from "zod";
import { Audience } from "@/lib/generated/prisma/enums";
import { list } from "./common";

export const RECOMMENDATION_LIMITS = {
  title: { min: 5, max: 200 },
  text: { min: 20, max: 5_000 },
} as const;

const text = (name: string, { min, max }: { min: number; max: number }) =>
  z
    .string({ error: `Enter ${name}.` })
    .trim()
    .min(min, `Enter ${name} of at least ${min} characters.`)
    .max(max, `Shorten ${name} to at most ${max.toLocaleString("en")} characters.`);

const id = z.string().trim().min(1).max(64);

// The recommendation form; its text is markdown, rendered safely on the recommendation's page.
export const RecommendationFormSchema = z.object({
  title: text("a title", RECOMMENDATION_LIMITS.title),
  text: text("the recommendation's text", RECOMMENDATION_LIMITS.text),
  audiences: list(
    z
      .array(z.enum(Audience, { error: "Choose audiences from the list." }))
      .min(1, "Choose at least one audience the recommendation is addressed to."),
  ),
});

export const SubmitRecommendationSchema = RecommendationFormSchema.extend({ workshopId: id });

export const UpdateRecommendationSchema = RecommendationFormSchema.extend({ recommendationId: id });
