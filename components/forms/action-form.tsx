"use client";

import { useActionState, type ReactNode } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";
import { FormMessage } from "./fields";
import { FormStateContext } from "./form-context";
import { SubmitButton } from "./submit-button";

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

type Submit = { label: ReactNode; pendingLabel?: string; tone?: "primary" | "secondary" | "danger" };

// The one form skeleton: a server action (so it posts without JavaScript too), its message,
// the record's ids as hidden fields and a submit button. Fields inside read the state from
// context, so a form is only its fields.
export function ActionForm({
  action,
  hidden = {},
  submit,
  after,
  className = "flex max-w-xl flex-col gap-4",
  folded,
  children,
}: {
  action: FormAction;
  hidden?: Record<string, string>;
  submit: Submit;
  // Shown beside the submit button (a "keep it" link, say).
  after?: ReactNode;
  className?: string;
  // Folded away under this summary until it has something to say.
  folded?: { summary: ReactNode; className: string };
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const form = (
    <form action={formAction} className={className} noValidate>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <div className="flex items-center gap-4">
        <SubmitButton tone={submit.tone} pendingLabel={submit.pendingLabel}>
          {submit.label}
        </SubmitButton>
        {after}
      </div>
    </form>
  );
  return (
    <FormStateContext value={state}>
      {folded ? (
        <details open={Boolean(state.message)} className={folded.className}>
          <summary className="cursor-pointer">{folded.summary}</summary>
          {form}
        </details>
      ) : (
        form
      )}
    </FormStateContext>
  );
}
