"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { confirmEmail } from "@/lib/actions/registration";
import { initialFormState } from "@/lib/form-state";

export function ConfirmEmailForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(confirmEmail, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <p>Confirm that this address is yours, and your request goes to your organisation.</p>
      <input type="hidden" name="token" value={token} />
      <div>
        <SubmitButton pendingLabel="Confirming…">Confirm my address</SubmitButton>
      </div>
    </form>
  );
}
