"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/forms/fields";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { changePassword, updateProfile } from "@/lib/actions/auth";
import { initialFormState, valueOf } from "@/lib/form-state";

export function ProfileForm({ name }: { name: string }) {
  const t = useTranslations("accounts");
  const [state, formAction] = useActionState(updateProfile, initialFormState);
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <TextField
        name="name"
        label={t("fields.yourName")}
        autoComplete="name"
        required
        defaultValue={valueOf(state, "name", name)}
        errors={state.errors?.name}
      />
      <div>
        <SubmitButton pendingLabel={t("profile.pending")}>{t("profile.submit")}</SubmitButton>
      </div>
    </form>
  );
}

export function ChangePasswordForm() {
  const t = useTranslations("accounts");
  const [state, formAction] = useActionState(changePassword, initialFormState);
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <TextField
        name="currentPassword"
        label={t("fields.currentPassword")}
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors?.currentPassword}
      />
      <NewPasswordFields state={state} />
      <div>
        <SubmitButton pendingLabel={t("password.pending")}>{t("password.submit")}</SubmitButton>
      </div>
    </form>
  );
}
