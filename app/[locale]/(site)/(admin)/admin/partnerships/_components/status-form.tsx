"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { changePartnershipStatus } from "@/lib/actions/admin/partnerships";
import { initialFormState, valueOf } from "@/lib/form-state";
import { optionsOf, partnershipStatusLabels } from "@/lib/labels";
import { PARTNERSHIP_LIMITS } from "@/lib/validations/partnership";

export function PartnershipStatusForm({ partnershipId, status }: { partnershipId: string; status: string }) {
  const [state, formAction] = useActionState(changePartnershipStatus, initialFormState);
  const t = useTranslations("admin.partnerships.forms");
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <SelectField
        name="toStatus"
        label={t("newStatus")}
        options={optionsOf(partnershipStatusLabels).filter((option) => option.value !== status)}
        emptyLabel={t("chooseStatus")}
        defaultValue={valueOf(state, "toStatus")}
        errors={state.errors?.toStatus}
        required
      />
      <TextField
        name="note"
        label={t("note")}
        rows={3}
        maxLength={PARTNERSHIP_LIMITS.note.max}
        hint={t("noteHint")}
        defaultValue={valueOf(state, "note")}
        errors={state.errors?.note}
        required
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("changeStatus")}</SubmitButton>
      </div>
    </form>
  );
}
