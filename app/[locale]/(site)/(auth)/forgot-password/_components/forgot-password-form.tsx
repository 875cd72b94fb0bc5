"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { requestPasswordReset } from "@/lib/actions/password-reset";
import { initialFormState, valueOf } from "@/lib/form-state";

export function ForgotPasswordForm() {
  const [state, formAction] = useActionState(requestPasswordReset, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <TextField
        name="email"
        label="E-mail address"
        type="email"
        autoComplete="email"
        required
        defaultValue={valueOf(state, "email")}
        errors={state.errors?.email}
      />
      <div>
        <SubmitButton pendingLabel="Sending…">Send me a link</SubmitButton>
      </div>
    </form>
  );
}
