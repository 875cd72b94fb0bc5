"use client";

import Link from "next/link";
import { useActionState } from "react";
import { CheckboxGroup, FormMessage, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { createPartnership, updatePartnership } from "@/lib/actions/admin/partnerships";
import { initialFormState, valueOf, valuesOf } from "@/lib/form-state";
import { cooperationAreaLabels, optionsOf, partnershipStatusLabels, sectorLabels } from "@/lib/labels";
import { PARTNERSHIP_LIMITS } from "@/lib/validations/partnership";

type Option = { value: string; label: string };

export type PartnershipFormValues = {
  ecocDesignationId: string;
  cceaDesignationId: string;
  cooperationAreas: string[];
  sectors: string[];
  rationale: string;
};

// One form to pair two cities and to edit a pairing; its status changes through its own form, with a note.
export function PartnershipForm({
  designations,
  partnership,
}: {
  designations: { ecoc: Option[]; ccea: Option[] };
  partnership?: { id: string; values: PartnershipFormValues; linkedProjects: Option[] };
}) {
  const [state, formAction] = useActionState(
    partnership ? updatePartnership : createPartnership,
    initialFormState,
  );
  const errors = state.errors ?? {};
  const saved = partnership?.values;
  const text = (name: "ecocDesignationId" | "cceaDesignationId" | "rationale") => ({
    name,
    defaultValue: valueOf(state, name, saved?.[name]),
    errors: errors[name],
  });
  const list = (name: "cooperationAreas" | "sectors" | "unlinkProjectIds") => ({
    name,
    defaultValues: valuesOf(state, name, name === "unlinkProjectIds" ? [] : saved?.[name]),
    errors: errors[name],
  });

  return (
    <form action={formAction} className="flex flex-col gap-6" noValidate>
      <FormMessage state={state} />
      {partnership ? <input type="hidden" name="partnershipId" value={partnership.id} /> : null}
      <div className="grid gap-6 sm:grid-cols-2">
        <SelectField
          {...text("ecocDesignationId")}
          label="European Capital of Culture"
          options={designations.ecoc}
          emptyLabel="Choose a city and year"
          required
        />
        <SelectField
          {...text("cceaDesignationId")}
          label="Culture City of East Asia"
          options={designations.ccea}
          emptyLabel="Choose a city and year"
          required
        />
      </div>
      {partnership ? null : (
        <SelectField
          name="status"
          label="Status"
          options={optionsOf(partnershipStatusLabels)}
          emptyLabel="Choose a status"
          defaultValue={valueOf(state, "status", "PROPOSED")}
          errors={errors.status}
          hint="Later changes are made with a note, on the pairing's page."
          required
        />
      )}
      <CheckboxGroup
        {...list("cooperationAreas")}
        label="Cooperation areas"
        options={optionsOf(cooperationAreaLabels)}
      />
      <CheckboxGroup {...list("sectors")} label="Sectors" options={optionsOf(sectorLabels)} />
      <TextField
        {...text("rationale")}
        label="Rationale"
        rows={6}
        maxLength={PARTNERSHIP_LIMITS.rationale.max}
        hint="Why these two cities belong together. Shown on the public page."
        required
      />
      {partnership?.linkedProjects.length ? (
        <CheckboxGroup
          {...list("unlinkProjectIds")}
          label="Unlink projects"
          options={partnership.linkedProjects}
          hint="Tick a project to take it off this pairing; the project itself stays."
        />
      ) : null}
      <TextField
        name="addProjectSlugs"
        label={partnership ? "Link more projects" : "Linked projects"}
        rows={3}
        defaultValue={valueOf(state, "addProjectSlugs")}
        errors={errors.addProjectSlugs}
        hint={`Project addresses or slugs, separated by commas or new lines, for example /projects/heritage-walks-2025. At most ${PARTNERSHIP_LIMITS.projects}.`}
      />
      <div className="flex items-center gap-4">
        <SubmitButton pendingLabel="Saving…">
          {partnership ? "Save the pairing" : "Pair these cities"}
        </SubmitButton>
        <Link href={partnership ? `/admin/partnerships/${partnership.id}` : "/admin/partnerships"}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
