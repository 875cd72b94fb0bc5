"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { resetPassword } from "@/lib/actions/password-reset";
import { initialFormState } from "@/lib/form-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/auth";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(resetPassword, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      {state.errors?.link ? (
        <p>
          <Link href="/forgot-password">Ask for a new link</Link>
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. Every other session of your account is signed out.`}
        errors={state.errors?.newPassword}
      />
      <TextField
        name="confirmPassword"
        label="New password, again"
        type="password"
        autoComplete="new-password"
        required
        errors={state.errors?.confirmPassword}
      />
      <div>
        <SubmitButton pendingLabel="Saving…">Save the new password</SubmitButton>
      </div>
    </form>
  );
}
