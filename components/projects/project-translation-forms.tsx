"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { deleteProjectTranslation, saveProjectTranslation } from "@/lib/actions/projects";
import { initialFormState, valueOf } from "@/lib/form-state";
import { PROJECT_LIMITS } from "@/lib/validations/project";

type Option = { value: string; label: string };
export type SavedTranslation = { language: string; languageName: string; title: string; summary: string };

// One language's title and summary: a saved one to change, or (without `saved`) a new
// one whose language is chosen from those the project does not have yet.
export function ProjectTranslationForm({
  projectId,
  saved,
  languages = [],
}: {
  projectId: string;
  saved?: SavedTranslation;
  languages?: Option[];
}) {
  const t = useTranslations("projects.translations");
  const [state, formAction] = useActionState(saveProjectTranslation, initialFormState);
  const idPrefix = `translation-${saved?.language ?? "new"}`;
  const field = (name: "title" | "summary") => ({
    id: `${idPrefix}-${name}`,
    name,
    defaultValue: valueOf(state, name, saved?.[name]),
    errors: state.errors?.[name],
    required: true,
  });
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded border border-gray-300 p-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="projectId" value={projectId} />
      {saved ? (
        <>
          <input type="hidden" name="language" value={saved.language} />
          <h3 className="font-semibold" lang={saved.language}>
            {saved.languageName}
          </h3>
        </>
      ) : (
        <SelectField
          id={`${idPrefix}-language`}
          name="language"
          label={t("language")}
          options={languages}
          emptyLabel={t("chooseLanguage")}
          defaultValue={valueOf(state, "language")}
          errors={state.errors?.language}
          required
        />
      )}
      <TextField {...field("title")} label={t("title")} maxLength={PROJECT_LIMITS.title.max} />
      <TextField
        {...field("summary")}
        label={t("summary")}
        rows={3}
        maxLength={PROJECT_LIMITS.summary.max}
        hint={t("summaryHint", { max: PROJECT_LIMITS.summary.max })}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{saved ? t("save") : t("add")}</SubmitButton>
      </div>
    </form>
  );
}

export function RemoveProjectTranslationForm({
  projectId,
  saved,
}: {
  projectId: string;
  saved: SavedTranslation;
}) {
  const t = useTranslations("projects.translations");
  const [state, formAction] = useActionState(deleteProjectTranslation, initialFormState);
  return (
    <form action={formAction} className="mt-2">
      <FormMessage state={state} />
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="language" value={saved.language} />
      <SubmitButton tone="secondary" pendingLabel={t("removing")}>
        {t("remove", { language: saved.languageName })}
      </SubmitButton>
    </form>
  );
}
