"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { useFormState } from "@/components/forms/form-context";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { Link } from "@/i18n/navigation";
import { resetPassword } from "@/lib/actions/password-reset";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("accounts.resetPassword");
  return (
    <ActionForm
      action={resetPassword}
      hidden={{ token }}
      submit={{ label: t("submit"), pendingLabel: t("pending") }}
      className="flex flex-col gap-4"
    >
      <AskAgainLink />
      <NewPasswordFields hint={t("signsOut")} />
    </ActionForm>
  );
}

// An expired or used link cannot be fixed in this form: offer a new one.
function AskAgainLink() {
  const t = useTranslations("accounts.resetPassword");
  return useFormState().errors?.link ? (
    <p>
      <Link href="/forgot-password">{t("askAgain")}</Link>
    </p>
  ) : null;
}
