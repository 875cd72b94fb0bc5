"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { signIn } from "@/lib/actions/auth";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("accounts");
  return (
    <ActionForm
      action={signIn}
      hidden={{ callbackUrl }}
      submit={{ label: t("signIn.submit"), pendingLabel: t("signIn.pending") }}
      className="flex flex-col gap-4"
    >
      <TextField name="email" label={t("fields.email")} type="email" autoComplete="email" required />
      <TextField
        name="password"
        label={t("fields.password")}
        type="password"
        autoComplete="current-password"
        required
      />
    </ActionForm>
  );
}
