"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { signIn } from "@/lib/actions/auth";
import { initialFormState, valueOf } from "@/lib/form-state";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("accounts");
  const [state, formAction] = useActionState(signIn, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="email"
        label={t("fields.email")}
        type="email"
        autoComplete="email"
        required
        defaultValue={valueOf(state, "email")}
        errors={state.errors?.email}
      />
      <TextField
        name="password"
        label={t("fields.password")}
        type="password"
        autoComplete="current-password"
        required
        errors={state.errors?.password}
      />
      <div>
        <SubmitButton pendingLabel={t("signIn.pending")}>{t("signIn.submit")}</SubmitButton>
      </div>
    </form>
  );
}
