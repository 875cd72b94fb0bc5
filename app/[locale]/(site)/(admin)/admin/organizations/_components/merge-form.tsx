"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { ErrorList, RadioGroup } from "@/components/forms/fields";
import { useFormState } from "@/components/forms/form-context";
import { mergeOrganisations } from "@/lib/actions/admin/organisations";
import { valueOf } from "@/lib/form-state";
import { label } from "@/lib/labels";
import type { MergeCandidate } from "@/lib/queries/admin/organisations";

// Merges the organisation of the page (the duplicate) into the candidate chosen.
export function MergeOrganisationsForm({
  duplicateId,
  duplicateName,
  candidates,
}: {
  duplicateId: string;
  duplicateName: string;
  candidates: MergeCandidate[];
}) {
  const tLabels = useTranslations("labels");
  const t = useTranslations("admin.organisations.forms");
  const candidateOptions = candidates.map((candidate) => ({
    value: candidate.id,
    label: (
      <>
        {candidate.name}{" "}
        <span className="text-sm text-gray-700">
          ({label(tLabels, "organisationKind", candidate.kind)}
          {candidate.country ? `, ${candidate.country.name}` : ""},{" "}
          {label(tLabels, "verification", candidate.verificationStatus).toLowerCase()})
        </span>
      </>
    ),
  }));
  return (
    <ActionForm
      action={mergeOrganisations}
      hidden={{ duplicateId }}
      submit={{ label: t("merge"), pendingLabel: t("merging"), tone: "danger" }}
      className="flex flex-col gap-4"
    >
      <RadioGroup name="keepId" label={t("keep")} options={candidateOptions} required />
      <ConfirmMerge name={duplicateName} />
    </ActionForm>
  );
}

// The admin confirms the merge by name: it cannot be undone.
function ConfirmMerge({ name }: { name: string }) {
  const t = useTranslations("admin.organisations.forms");
  const state = useFormState();
  const errors = state.errors?.confirm;
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-start gap-2">
        <input
          id="confirm"
          type="checkbox"
          name="confirm"
          value="yes"
          defaultChecked={valueOf(state, "confirm") === "yes"}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? "confirm-error" : undefined}
          className="mt-1.5"
        />
        <span>{t("confirmMerge", { name })}</span>
      </label>
      <ErrorList id="confirm-error" errors={errors} />
    </div>
  );
}
