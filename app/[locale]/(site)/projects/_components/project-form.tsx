"use client";

import Link from "next/link";
import { useActionState } from "react";
import {
  CheckboxGroup,
  FormMessage,
  MultiSelectField,
  SelectField,
  TextField,
} from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { createProject, updateProject } from "@/lib/actions/projects";
import { initialFormState, valueOf, valuesOf } from "@/lib/form-state";
import { cooperationAreaLabels, disciplineLabels, optionsOf } from "@/lib/labels";
import type { ProjectFormOptions } from "@/lib/queries/form-options";
import { PROJECT_LIMITS } from "@/lib/validations/project";

// A saved project as the form's fields hold it.
export type ProjectFormValues = {
  title: string;
  summary: string;
  description: string;
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

const severalHint = "Hold Ctrl (Cmd on a Mac) to choose several.";

// One form for submitting and editing: it is refilled from what was just sent after a
// refusal, else from the saved project.
export function ProjectForm({
  options,
  project,
}: {
  options: ProjectFormOptions;
  project?: { id: string; slug: string; values: ProjectFormValues };
}) {
  const [state, formAction] = useActionState(project ? updateProject : createProject, initialFormState);
  const errors = state.errors ?? {};
  const saved = project?.values;
  const text = (name: TextFieldName) => ({
    name,
    defaultValue: valueOf(state, name, saved?.[name]),
    errors: errors[name],
  });
  const list = (name: ListField) => ({
    name,
    defaultValues: valuesOf(state, name, saved?.[name]),
    errors: errors[name],
  });

  return (
    <form action={formAction} className="flex flex-col gap-6" noValidate>
      <FormMessage state={state} />
      {project ? <input type="hidden" name="projectId" value={project.id} /> : null}
      <TextField {...text("title")} label="Title" required />
      <TextField
        {...text("summary")}
        label="Summary"
        rows={3}
        required
        hint={`One or two sentences for lists and search results, at most ${PROJECT_LIMITS.summary.max} characters.`}
      />
      <TextField
        {...text("description")}
        label="Description"
        rows={12}
        required
        hint="What the project does, with whom and why. Markdown is allowed: **bold**, *italic*, lists, links and headings."
      />
      <MultiSelectField
        {...list("partnerOrganisationIds")}
        label="Partner organisations"
        options={options.partners}
        hint={`The organisations working with the lead organisation. ${severalHint}`}
      />
      <MultiSelectField
        {...list("countryCodes")}
        label="Countries"
        options={options.countries}
        required
        hint={`Where the project takes place. ${severalHint}`}
      />
      <MultiSelectField {...list("cityIds")} label="Cities" options={options.cities} hint={severalHint} />
      <CheckboxGroup
        {...list("disciplines")}
        label="Disciplines"
        options={optionsOf(disciplineLabels)}
        required
      />
      <CheckboxGroup
        {...list("cooperationAreas")}
        label="Cooperation areas"
        options={optionsOf(cooperationAreaLabels)}
        required
      />
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField {...text("startDate")} label="Start date" type="date" hint="For example 2025-03-01." />
        <TextField {...text("endDate")} label="End date" type="date" hint="For example 2026-06-30." />
      </div>
      <TextField {...text("website")} label="Website" type="url" hint="Starting with https:// or http://." />
      <SelectField {...text("partnershipId")} label="City partnership" options={options.partnerships} />
      <SelectField {...text("workshopId")} label="ASEM workshop" options={options.workshops} />
      <SelectField
        {...text("recommendationId")}
        label="Workshop recommendation it follows"
        options={options.recommendations}
      />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel={project ? "Saving…" : "Submitting…"}>
          {project ? "Save changes" : "Submit project"}
        </SubmitButton>
        {project ? <Link href={`/projects/${project.slug}`}>Cancel</Link> : null}
      </div>
    </form>
  );
}
