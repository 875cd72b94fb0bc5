"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/fields";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { Link } from "@/i18n/navigation";
import { resetPassword } from "@/lib/actions/password-reset";
import { initialFormState } from "@/lib/form-state";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("accounts.resetPassword");
  const [state, formAction] = useActionState(resetPassword, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      {state.errors?.link ? (
        <p>
          <Link href="/forgot-password">{t("askAgain")}</Link>
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields state={state} hint={t("signsOut")} />
      <div>
        <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
