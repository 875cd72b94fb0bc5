"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { changePassword, updateProfile } from "@/lib/actions/auth";
import { initialFormState, valueOf } from "@/lib/form-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/auth";

export function ProfileForm({ name }: { name: string }) {
  const [state, formAction] = useActionState(updateProfile, initialFormState);
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <TextField
        name="name"
        label="Your name"
        autoComplete="name"
        required
        defaultValue={valueOf(state, "name", name)}
        errors={state.errors?.name}
      />
      <div>
        <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
      </div>
    </form>
  );
}

export function ChangePasswordForm() {
  const [state, formAction] = useActionState(changePassword, initialFormState);
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <TextField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors?.currentPassword}
      />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
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
        <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
      </div>
    </form>
  );
}
