"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CheckboxGroup, FormMessage, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { Link } from "@/i18n/navigation";
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
  const t = useTranslations("admin.partnerships.forms");
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
          label={t("ecoc")}
          options={designations.ecoc}
          emptyLabel={t("chooseDesignation")}
          required
        />
        <SelectField
          {...text("cceaDesignationId")}
          label={t("ccea")}
          options={designations.ccea}
          emptyLabel={t("chooseDesignation")}
          required
        />
      </div>
      {partnership ? null : (
        <SelectField
          name="status"
          label={t("status")}
          options={optionsOf(partnershipStatusLabels)}
          emptyLabel={t("chooseStatus")}
          defaultValue={valueOf(state, "status", "PROPOSED")}
          errors={errors.status}
          hint={t("statusHint")}
          required
        />
      )}
      <CheckboxGroup
        {...list("cooperationAreas")}
        label={t("cooperationAreas")}
        options={optionsOf(cooperationAreaLabels)}
      />
      <CheckboxGroup {...list("sectors")} label={t("sectors")} options={optionsOf(sectorLabels)} />
      <TextField
        {...text("rationale")}
        label={t("rationale")}
        rows={6}
        maxLength={PARTNERSHIP_LIMITS.rationale.max}
        hint={t("rationaleHint")}
        required
      />
      {partnership?.linkedProjects.length ? (
        <CheckboxGroup
          {...list("unlinkProjectIds")}
          label={t("unlink")}
          options={partnership.linkedProjects}
          hint={t("unlinkHint")}
        />
      ) : null}
      <TextField
        name="addProjectSlugs"
        label={partnership ? t("linkMore") : t("linked")}
        rows={3}
        defaultValue={valueOf(state, "addProjectSlugs")}
        errors={errors.addProjectSlugs}
        hint={t("linkHint", { max: PARTNERSHIP_LIMITS.projects })}
      />
      <div className="flex items-center gap-4">
        <SubmitButton pendingLabel={t("saving")}>{partnership ? t("save") : t("create")}</SubmitButton>
        <Link href={partnership ? `/admin/partnerships/${partnership.id}` : "/admin/partnerships"}>
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
