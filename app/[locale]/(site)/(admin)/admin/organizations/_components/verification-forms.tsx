"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { rejectOrganisation, verifyOrganisation } from "@/lib/actions/admin/organisations";
import { initialFormState, valueOf } from "@/lib/form-state";

export function VerifyOrganisationForm({ organisationId }: { organisationId: string }) {
  const [state, formAction] = useActionState(verifyOrganisation, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <div>
        <SubmitButton pendingLabel="Verifying…">Verify the organisation</SubmitButton>
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
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextField
        name="reason"
        label="Reason for declining"
        rows={3}
        maxLength={500}
        required
        hint="Kept with the organisation and shown to the admins. Its members can no longer act for it."
        defaultValue={valueOf(state, "reason", currentReason)}
        errors={state.errors?.reason}
      />
      <div>
        <SubmitButton tone="danger" pendingLabel="Declining…">
          {currentReason ? "Change the reason" : "Decline verification"}
        </SubmitButton>
      </div>
    </form>
  );
}
