"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { rejectOrganisation, verifyOrganisation } from "@/lib/actions/admin/organisations";
import { initialFormState, valueOf } from "@/lib/form-state";

export function VerifyOrganisationForm({ organisationId }: { organisationId: string }) {
  const [state, formAction] = useActionState(verifyOrganisation, initialFormState);
  const t = useTranslations("admin.organisations.forms");
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <div>
        <SubmitButton pendingLabel={t("verifying")}>{t("verify")}</SubmitButton>
      </div>
    </form>
  );
}

export function RejectOrganisationForm({
  organisationId,
  currentReason,
}: {
  organisationId: string;
  currentReason: string | null;
}) {
  const [state, formAction] = useActionState(rejectOrganisation, initialFormState);
  const t = useTranslations("admin.organisations.forms");
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextField
        name="reason"
        label={t("declineReason")}
        rows={3}
        maxLength={500}
        required
        hint={t("declineHint")}
        defaultValue={valueOf(state, "reason", currentReason)}
        errors={state.errors?.reason}
      />
      <div>
        <SubmitButton tone="danger" pendingLabel={t("declining")}>
          {currentReason ? t("changeReason") : t("decline")}
        </SubmitButton>
      </div>
    </form>
  );
}
