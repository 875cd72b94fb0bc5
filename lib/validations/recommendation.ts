import { z } from "zod";
import { Audience } from "@/lib/generated/prisma/enums";
import { contentLanguageSchema } from "@/lib/languages";
import { list } from "./common";
import { msg } from "./messages";

export const RECOMMENDATION_LIMITS = {
  title: { min: 5, max: 200 },
  text: { min: 20, max: 5_000 },
} as const;

const text = (field: "title" | "text", { min, max }: { min: number; max: number }) =>
  z
    .string({ error: msg(`recommendation.${field}Required`) })
    .trim()
    .min(min, msg(`recommendation.${field}TooShort`))
    .max(max, msg(`recommendation.${field}TooLong`));

const id = z.string().trim().min(1).max(64);

// The recommendation form; its text is markdown, rendered safely on the recommendation's page.
export const RecommendationFormSchema = z.object({
  language: contentLanguageSchema,
  title: text("title", RECOMMENDATION_LIMITS.title),
  text: text("text", RECOMMENDATION_LIMITS.text),
  audiences: list(
    z
      .array(z.enum(Audience, { error: msg("fromList.audiences") }))
      .min(1, msg("recommendation.audiencesRequired")),
  ),
});

export const SubmitRecommendationSchema = RecommendationFormSchema.extend({ workshopId: id });

export const UpdateRecommendationSchema = RecommendationFormSchema.extend({ recommendationId: id });
