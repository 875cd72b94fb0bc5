"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { deleteProjectTranslation, saveProjectTranslation } from "@/lib/actions/projects";
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
  const idPrefix = `translation-${saved?.language ?? "new"}`;
  return (
    <ActionForm
      action={saveProjectTranslation}
      hidden={saved ? { projectId, language: saved.language } : { projectId }}
      submit={{ label: saved ? t("save") : t("add"), pendingLabel: t("saving") }}
      className="flex flex-col gap-3 rounded border border-gray-300 p-4"
    >
      {saved ? (
        <h3 className="font-semibold" lang={saved.language}>
          {saved.languageName}
        </h3>
      ) : (
        <SelectField
          id={`${idPrefix}-language`}
          name="language"
          label={t("language")}
          options={languages}
          emptyLabel={t("chooseLanguage")}
          required
        />
      )}
      <TextField
        id={`${idPrefix}-title`}
        name="title"
        label={t("title")}
        required
        maxLength={PROJECT_LIMITS.title.max}
        defaultValue={saved?.title}
      />
      <TextField
        id={`${idPrefix}-summary`}
        name="summary"
        label={t("summary")}
        required
        rows={3}
        maxLength={PROJECT_LIMITS.summary.max}
        hint={t("summaryHint", { max: PROJECT_LIMITS.summary.max })}
        defaultValue={saved?.summary}
      />
    </ActionForm>
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
  return (
    <ActionForm
      action={deleteProjectTranslation}
      hidden={{ projectId, language: saved.language }}
      submit={{
        label: t("remove", { language: saved.languageName }),
        pendingLabel: t("removing"),
        tone: "secondary",
      }}
      className="mt-2 flex flex-col gap-2"
    />
  );
}
