"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { changePassword, updateProfile } from "@/lib/actions/auth";

export function ProfileForm({ name }: { name: string }) {
  const t = useTranslations("accounts");
  return (
    <ActionForm
      action={updateProfile}
      submit={{ label: t("profile.submit"), pendingLabel: t("profile.pending") }}
      className="flex max-w-md flex-col gap-4"
    >
      <TextField name="name" label={t("fields.yourName")} autoComplete="name" required defaultValue={name} />
    </ActionForm>
  );
}

export function ChangePasswordForm() {
  const t = useTranslations("accounts");
  return (
    <ActionForm
      action={changePassword}
      submit={{ label: t("password.submit"), pendingLabel: t("password.pending") }}
      className="flex max-w-md flex-col gap-4"
    >
      <TextField
        name="currentPassword"
        label={t("fields.currentPassword")}
        type="password"
        autoComplete="current-password"
        required
      />
      <NewPasswordFields />
    </ActionForm>
  );
}
