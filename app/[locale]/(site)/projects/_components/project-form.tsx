"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { ContentLanguageField } from "@/components/forms/content-language-field";
import { CheckboxGroup, MultiSelectField, SelectField, TextField } from "@/components/forms/fields";
import { Link } from "@/i18n/navigation";
import { createProject, updateProject } from "@/lib/actions/projects";
import { labelOptions } from "@/lib/labels";
import type { ProjectFormOptions } from "@/lib/queries/form-options";
import { PROJECT_LIMITS } from "@/lib/validations/project";

// A saved project as the form's fields hold it.
export type ProjectFormValues = {
  title: string;
  summary: string;
  description: string;
  language: string;
  partnerOrganisationIds: string[];
  countryCodes: string[];
  cityIds: string[];
  disciplines: string[];
  cooperationAreas: string[];
  startDate: string;
  endDate: string;
  website: string;
  partnershipId: string;
  workshopId: string;
  recommendationId: string;
};

type ListField = "partnerOrganisationIds" | "countryCodes" | "cityIds" | "disciplines" | "cooperationAreas";
type TextFieldName = Exclude<keyof ProjectFormValues, ListField>;

// One form for submitting and editing: it is refilled from what was just sent after a
// refusal, else from the saved project.
export function ProjectForm({
  options,
  project,
  defaultLanguage,
}: {
  options: ProjectFormOptions & { languages: { value: string; label: string }[] };
  project?: { id: string; slug: string; values: ProjectFormValues };
  // Where a new project starts: the language of the page it is submitted from.
  defaultLanguage?: string;
}) {
  const t = useTranslations("projects.form");
  const tLabels = useTranslations("labels");
  const severalHint = t("severalHint");
  const saved = project?.values;
  const text = (name: TextFieldName) => ({ name, defaultValue: saved?.[name] });
  const list = (name: ListField) => ({ name, defaultValues: saved?.[name] });

  return (
    <ActionForm
      action={project ? updateProject : createProject}
      hidden={project ? { projectId: project.id } : {}}
      submit={{
        label: project ? t("save") : t("submit"),
        pendingLabel: project ? t("saving") : t("submitting"),
      }}
      after={project ? <Link href={`/projects/${project.slug}`}>{t("cancel")}</Link> : null}
      className="flex flex-col gap-6"
    >
      <ContentLanguageField defaultValue={saved?.language ?? defaultLanguage} options={options.languages} />
      <TextField {...text("title")} label={t("title")} required />
      <TextField
        {...text("summary")}
        label={t("summary")}
        rows={3}
        required
        hint={t("summaryHint", { max: PROJECT_LIMITS.summary.max })}
      />
      <TextField
        {...text("description")}
        label={t("description")}
        rows={12}
        required
        hint={t("descriptionHint")}
      />
      <MultiSelectField
        {...list("partnerOrganisationIds")}
        label={t("partners")}
        options={options.partners}
        hint={`${t("partnersHint")} ${severalHint}`}
      />
      <MultiSelectField
        {...list("countryCodes")}
        label={t("countries")}
        options={options.countries}
        required
        hint={`${t("countriesHint")} ${severalHint}`}
      />
      <MultiSelectField
        {...list("cityIds")}
        label={t("cities")}
        options={options.cities}
        hint={severalHint}
      />
      <CheckboxGroup
        {...list("disciplines")}
        label={t("disciplines")}
        options={labelOptions(tLabels, "discipline")}
        required
      />
      <CheckboxGroup
        {...list("cooperationAreas")}
        label={t("cooperationAreas")}
        options={labelOptions(tLabels, "cooperationArea")}
        required
      />
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField {...text("startDate")} label={t("startDate")} type="date" hint={t("startDateHint")} />
        <TextField {...text("endDate")} label={t("endDate")} type="date" hint={t("endDateHint")} />
      </div>
      <TextField {...text("website")} label={t("website")} type="url" hint={t("websiteHint")} />
      <SelectField
        {...text("partnershipId")}
        label={t("partnership")}
        options={options.partnerships}
        emptyLabel={t("none")}
      />
      <SelectField
        {...text("workshopId")}
        label={t("workshop")}
        options={options.workshops}
        emptyLabel={t("none")}
      />
      <SelectField
        {...text("recommendationId")}
        label={t("recommendation")}
        options={options.recommendations}
        emptyLabel={t("none")}
      />
    </ActionForm>
  );
}
