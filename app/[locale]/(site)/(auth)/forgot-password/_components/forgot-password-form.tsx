"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { requestPasswordReset } from "@/lib/actions/password-reset";
import { initialFormState, valueOf } from "@/lib/form-state";

export function ForgotPasswordForm() {
  const t = useTranslations("accounts");
  const [state, formAction] = useActionState(requestPasswordReset, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <TextField
        name="email"
        label={t("fields.email")}
        type="email"
        autoComplete="email"
        required
        defaultValue={valueOf(state, "email")}
        errors={state.errors?.email}
      />
      <div>
        <SubmitButton pendingLabel={t("forgotPassword.pending")}>{t("forgotPassword.submit")}</SubmitButton>
      </div>
    </form>
  );
}
