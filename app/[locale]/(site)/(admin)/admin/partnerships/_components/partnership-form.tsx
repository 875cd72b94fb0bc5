"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxGroup, SelectField, TextField } from "@/components/forms/fields";
import { Link } from "@/i18n/navigation";
import { createPartnership, updatePartnership } from "@/lib/actions/admin/partnerships";
import { labelOptions } from "@/lib/labels";
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
  const tLabels = useTranslations("labels");
  const t = useTranslations("admin.partnerships.forms");
  const saved = partnership?.values;
  return (
    <ActionForm
      action={partnership ? updatePartnership : createPartnership}
      hidden={partnership ? { partnershipId: partnership.id } : {}}
      submit={{ label: partnership ? t("save") : t("create"), pendingLabel: t("saving") }}
      after={
        <Link href={partnership ? `/admin/partnerships/${partnership.id}` : "/admin/partnerships"}>
          {t("cancel")}
        </Link>
      }
      className="flex flex-col gap-6"
    >
      <div className="grid gap-6 sm:grid-cols-2">
        <SelectField
          name="ecocDesignationId"
          defaultValue={saved?.ecocDesignationId}
          label={t("ecoc")}
          options={designations.ecoc}
          emptyLabel={t("chooseDesignation")}
          required
        />
        <SelectField
          name="cceaDesignationId"
          defaultValue={saved?.cceaDesignationId}
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
          options={labelOptions(tLabels, "partnershipStatus")}
          emptyLabel={t("chooseStatus")}
          defaultValue="PROPOSED"
          hint={t("statusHint")}
          required
        />
      )}
      <CheckboxGroup
        name="cooperationAreas"
        defaultValues={saved?.cooperationAreas}
        label={t("cooperationAreas")}
        options={labelOptions(tLabels, "cooperationArea")}
      />
      <CheckboxGroup
        name="sectors"
        defaultValues={saved?.sectors}
        label={t("sectors")}
        options={labelOptions(tLabels, "sector")}
      />
      <TextField
        name="rationale"
        defaultValue={saved?.rationale}
        label={t("rationale")}
        rows={6}
        maxLength={PARTNERSHIP_LIMITS.rationale.max}
        hint={t("rationaleHint")}
        required
      />
      {partnership?.linkedProjects.length ? (
        <CheckboxGroup
          name="unlinkProjectIds"
          label={t("unlink")}
          options={partnership.linkedProjects}
          hint={t("unlinkHint")}
        />
      ) : null}
      <TextField
        name="addProjectSlugs"
        label={partnership ? t("linkMore") : t("linked")}
        rows={3}
        hint={t("linkHint", { max: PARTNERSHIP_LIMITS.projects })}
      />
    </ActionForm>
  );
}
