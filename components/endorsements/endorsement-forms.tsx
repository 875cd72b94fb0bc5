"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { endorseEntry, withdrawEndorsement } from "@/lib/actions/endorsements";
import { initialFormState, valueOf } from "@/lib/form-state";
import { STATEMENT_MAX_LENGTH } from "@/lib/validations/endorsement";
import type { EntryTarget } from "@/lib/validations/entry-target";

type Props = { target: EntryTarget; organisationName: string };

function TargetField({ target }: { target: EntryTarget }) {
  return "projectId" in target ? (
    <input type="hidden" name="projectId" value={target.projectId} />
  ) : (
    <input type="hidden" name="recommendationId" value={target.recommendationId} />
  );
}

export function EndorseForm({ target, organisationName }: Props) {
  const [state, formAction] = useActionState(endorseEntry, initialFormState);
  return (
    <form
      action={formAction}
      className="mt-4 flex flex-col gap-3 rounded border border-gray-300 p-4"
      noValidate
    >
      <FormMessage state={state} />
      <TargetField target={target} />
      <TextField
        name="statement"
        label="Statement"
        rows={3}
        maxLength={STATEMENT_MAX_LENGTH}
        hint={`Why ${organisationName} supports this entry, in at most ${STATEMENT_MAX_LENGTH} characters. It is shown with the endorsement.`}
        defaultValue={valueOf(state, "statement")}
        errors={state.errors?.statement}
      />
      <div>
        <SubmitButton pendingLabel="Endorsing…">Endorse on behalf of {organisationName}</SubmitButton>
      </div>
    </form>
  );
}

export function WithdrawForm({ target, organisationName }: Props) {
  const [state, formAction] = useActionState(withdrawEndorsement, initialFormState);
  return (
    <form action={formAction} className="mt-4 flex flex-col gap-3 rounded border border-gray-300 p-4">
      <FormMessage state={state} />
      <TargetField target={target} />
      <p>{organisationName} endorses this entry.</p>
      <div>
        <SubmitButton tone="secondary" pendingLabel="Withdrawing…">
          Withdraw our endorsement
        </SubmitButton>
      </div>
    </form>
  );
}
