"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { confirmEmail } from "@/lib/actions/registration";

export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations("accounts.confirmEmail");
  return (
    <ActionForm
      action={confirmEmail}
      hidden={{ token }}
      submit={{ label: t("submit"), pendingLabel: t("pending") }}
      className="flex flex-col gap-4"
    >
      <p>{t("explanation")}</p>
    </ActionForm>
  );
}
