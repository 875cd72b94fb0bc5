"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { confirmEmail } from "@/lib/actions/registration";
import { initialFormState } from "@/lib/form-state";

export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations("accounts.confirmEmail");
  const [state, formAction] = useActionState(confirmEmail, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <p>{t("explanation")}</p>
      <input type="hidden" name="token" value={token} />
      <div>
        <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
