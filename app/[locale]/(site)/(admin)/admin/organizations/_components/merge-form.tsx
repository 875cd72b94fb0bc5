"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorList, FormMessage } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { mergeOrganisations } from "@/lib/actions/admin/organisations";
import { initialFormState, valueOf } from "@/lib/form-state";
import { organisationKindLabels, verificationLabels } from "@/lib/labels";
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
  const [state, formAction] = useActionState(mergeOrganisations, initialFormState);
  const errors = state.errors ?? {};
  const t = useTranslations("admin.organisations.forms");
  const chosen = valueOf(state, "keepId");
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="duplicateId" value={duplicateId} />
      <fieldset
        aria-invalid={errors.keepId?.length ? true : undefined}
        aria-describedby={errors.keepId?.length ? "keepId-error" : undefined}
        className="flex flex-col gap-2"
      >
        <legend className="font-medium text-gray-900">{t("keep")}</legend>
        {candidates.map((candidate) => (
          <label key={candidate.id} className="flex items-start gap-2">
            <input
              type="radio"
              name="keepId"
              value={candidate.id}
              defaultChecked={chosen === candidate.id}
              className="mt-1.5"
            />
            <span>
              {candidate.name}{" "}
              <span className="text-sm text-gray-700">
                ({organisationKindLabels[candidate.kind]}
                {candidate.country ? `, ${candidate.country.name}` : ""},{" "}
                {verificationLabels[candidate.verificationStatus].toLowerCase()})
              </span>
            </span>
          </label>
        ))}
        <ErrorList id="keepId-error" errors={errors.keepId} />
      </fieldset>
      <div className="flex flex-col gap-1">
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="confirm"
            value="yes"
            defaultChecked={valueOf(state, "confirm") === "yes"}
            aria-invalid={errors.confirm?.length ? true : undefined}
            aria-describedby={errors.confirm?.length ? "confirm-error" : undefined}
            className="mt-1.5"
          />
          <span>{t("confirmMerge", { name: duplicateName })}</span>
        </label>
        <ErrorList id="confirm-error" errors={errors.confirm} />
      </div>
      <div>
        <SubmitButton tone="danger" pendingLabel={t("merging")}>
          {t("merge")}
        </SubmitButton>
      </div>
    </form>
  );
}
