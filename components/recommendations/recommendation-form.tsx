"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { ContentLanguageField } from "@/components/forms/content-language-field";
import { CheckboxGroup, TextField } from "@/components/forms/fields";
import { submitRecommendation, updateRecommendation } from "@/lib/actions/recommendations";
import type { Audience } from "@/lib/generated/prisma/enums";
import { labelOptions } from "@/lib/labels";
import { RECOMMENDATION_LIMITS } from "@/lib/validations/recommendation";

type Saved = { id: string; language: string; title: string; text: string; audiences: Audience[] };

// Submits a new recommendation to a workshop (written, unless the member says otherwise,
// in the language of the page), or edits a saved one.
export function RecommendationForm(
  props: { languages: { value: string; label: string }[] } & (
    { workshopId: string; defaultLanguage: string } | { saved: Saved }
  ),
) {
  const tLabels = useTranslations("labels");
  const t = useTranslations("recommendations.form");
  const saved = "saved" in props ? props.saved : undefined;
  return (
    <ActionForm
      action={saved ? updateRecommendation : submitRecommendation}
      hidden={"saved" in props ? { recommendationId: props.saved.id } : { workshopId: props.workshopId }}
      submit={{ label: saved ? t("save") : t("submit"), pendingLabel: t("saving") }}
      className="flex flex-col gap-5"
    >
      <ContentLanguageField
        defaultValue={saved?.language ?? ("defaultLanguage" in props ? props.defaultLanguage : "")}
        options={props.languages}
      />
      <TextField
        name="title"
        label={t("title")}
        required
        maxLength={RECOMMENDATION_LIMITS.title.max}
        hint={t("titleHint")}
        defaultValue={saved?.title}
      />
      <TextField
        name="text"
        label={t("text")}
        required
        rows={10}
        maxLength={RECOMMENDATION_LIMITS.text.max}
        hint={t("textHint", { min: RECOMMENDATION_LIMITS.text.min, max: RECOMMENDATION_LIMITS.text.max })}
        defaultValue={saved?.text}
      />
      <CheckboxGroup
        name="audiences"
        label={t("audiences")}
        required
        options={labelOptions(tLabels, "audience")}
        defaultValues={saved?.audiences}
      />
    </ActionForm>
  );
}
