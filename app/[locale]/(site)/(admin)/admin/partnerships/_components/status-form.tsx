"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { changePartnershipStatus } from "@/lib/actions/admin/partnerships";
import { initialFormState, valueOf } from "@/lib/form-state";
import { optionsOf, partnershipStatusLabels } from "@/lib/labels";
import { PARTNERSHIP_LIMITS } from "@/lib/validations/partnership";

export function PartnershipStatusForm({ partnershipId, status }: { partnershipId: string; status: string }) {
  const [state, formAction] = useActionState(changePartnershipStatus, initialFormState);
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <SelectField
        name="toStatus"
        label="New status"
        options={optionsOf(partnershipStatusLabels).filter((option) => option.value !== status)}
        emptyLabel="Choose a status"
        defaultValue={valueOf(state, "toStatus")}
        errors={state.errors?.toStatus}
        required
      />
      <TextField
        name="note"
        label="Note"
        rows={3}
        maxLength={PARTNERSHIP_LIMITS.note.max}
        hint="What happened, in a sentence. Shown publicly in the pairing's status history."
        defaultValue={valueOf(state, "note")}
        errors={state.errors?.note}
        required
      />
      <div>
        <SubmitButton pendingLabel="Saving…">Change the status</SubmitButton>
      </div>
    </form>
  );
}
