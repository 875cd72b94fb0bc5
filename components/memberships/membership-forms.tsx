"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import {
  approveMember,
  declineMember,
  demoteMember,
  promoteMember,
  removeMember,
} from "@/lib/actions/memberships";
import { initialFormState, valueOf, type FormState } from "@/lib/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;
type RowProps = { userId: string; personName: string; returnTo: string };

// One button, for a change that needs no reason.
function ButtonForm({
  action,
  userId,
  returnTo,
  label,
  pendingLabel,
  tone = "secondary",
}: { action: Action; label: string; pendingLabel: string; tone?: "primary" | "secondary" } & Omit<
  RowProps,
  "personName"
>) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <div>
        <SubmitButton tone={tone} pendingLabel={pendingLabel}>
          {label}
        </SubmitButton>
      </div>
    </form>
  );
}

// A change the person is told the reason for; folded away until asked for.
function ReasonForm({
  action,
  userId,
  personName,
  returnTo,
  summary,
  label,
  reasonLabel,
}: RowProps & { action: Action; summary: string; label: string; reasonLabel: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const failed = state.ok === false;
  return (
    <details open={failed} className="rounded border border-gray-300 p-2">
      <summary className="cursor-pointer font-medium">
        {summary} <span className="sr-only">{personName}</span>
      </summary>
      <form action={formAction} className="mt-2 flex flex-col gap-2" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <TextField
          id={`${summary.toLowerCase().replace(/\W+/g, "-")}-reason-${userId}`}
          name="reason"
          label={reasonLabel}
          hint="They receive it by e-mail."
          required
          rows={2}
          maxLength={500}
          defaultValue={valueOf(state, "reason")}
          errors={state.errors?.reason}
        />
        <div>
          <SubmitButton tone="danger" pendingLabel="Sending…">
            {label}
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}

export function RequestForms(props: RowProps) {
  return (
    <div className="flex flex-wrap items-start gap-3">
      <ButtonForm
        {...props}
        action={approveMember}
        label="Approve"
        pendingLabel="Approving…"
        tone="primary"
      />
      <ReasonForm
        {...props}
        action={declineMember}
        summary="Decline…"
        label="Decline the request"
        reasonLabel={`Why ${props.personName} cannot join`}
      />
    </div>
  );
}

export function MemberForms(props: RowProps & { manager: boolean }) {
  return (
    <div className="flex flex-wrap items-start gap-3">
      {props.manager ? (
        <ButtonForm
          {...props}
          action={demoteMember}
          label="Make a member, not a manager"
          pendingLabel="Saving…"
        />
      ) : (
        <ButtonForm {...props} action={promoteMember} label="Make a manager" pendingLabel="Saving…" />
      )}
      <ReasonForm
        {...props}
        action={removeMember}
        summary="Remove…"
        label="Remove from the organisation"
        reasonLabel={`Why ${props.personName} no longer acts for it`}
      />
    </div>
  );
}
