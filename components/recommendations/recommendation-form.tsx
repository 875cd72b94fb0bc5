"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ContentLanguageField } from "@/components/forms/content-language-field";
import { CheckboxGroup, FormMessage, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { submitRecommendation, updateRecommendation } from "@/lib/actions/recommendations";
import type { Audience } from "@/lib/generated/prisma/enums";
import { initialFormState, valueOf, valuesOf } from "@/lib/form-state";
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
  const saved = "saved" in props ? props.saved : undefined;
  const [state, formAction] = useActionState(
    saved ? updateRecommendation : submitRecommendation,
    initialFormState,
  );
  const errors = state.errors ?? {};
  const t = useTranslations("recommendations.form");
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <FormMessage state={state} />
      {"saved" in props ? (
        <input type="hidden" name="recommendationId" value={props.saved.id} />
      ) : (
        <input type="hidden" name="workshopId" value={props.workshopId} />
      )}
      <ContentLanguageField
        defaultValue={valueOf(
          state,
          "language",
          saved?.language ?? ("defaultLanguage" in props ? props.defaultLanguage : ""),
        )}
        errors={errors.language}
        options={props.languages}
      />
      <TextField
        name="title"
        label={t("title")}
        required
        maxLength={RECOMMENDATION_LIMITS.title.max}
        hint={t("titleHint")}
        defaultValue={valueOf(state, "title", saved?.title)}
        errors={errors.title}
      />
      <TextField
        name="text"
        label={t("text")}
        required
        rows={10}
        maxLength={RECOMMENDATION_LIMITS.text.max}
        hint={t("textHint", { min: RECOMMENDATION_LIMITS.text.min, max: RECOMMENDATION_LIMITS.text.max })}
        defaultValue={valueOf(state, "text", saved?.text)}
        errors={errors.text}
      />
      <CheckboxGroup
        name="audiences"
        label={t("audiences")}
        required
        options={labelOptions(tLabels, "audience")}
        defaultValues={valuesOf(state, "audiences", saved?.audiences)}
        errors={errors.audiences}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{saved ? t("save") : t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
