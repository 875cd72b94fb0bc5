"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/fields";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { resetPassword } from "@/lib/actions/password-reset";
import { initialFormState } from "@/lib/form-state";

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
      <NewPasswordFields state={state} hint="Every other session of your account is signed out." />
      <div>
        <SubmitButton pendingLabel="Saving…">Save the new password</SubmitButton>
      </div>
    </form>
  );
}
