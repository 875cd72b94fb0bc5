"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { requestPasswordReset } from "@/lib/actions/password-reset";

export function ForgotPasswordForm() {
  const t = useTranslations("accounts");
  return (
    <ActionForm
      action={requestPasswordReset}
      submit={{ label: t("forgotPassword.submit"), pendingLabel: t("forgotPassword.pending") }}
      className="flex flex-col gap-4"
    >
      <TextField name="email" label={t("fields.email")} type="email" autoComplete="email" required />
    </ActionForm>
  );
}
