"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SelectField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { saveMailLanguage } from "@/lib/actions/notifications";
import { initialFormState, valueOf } from "@/lib/form-state";

// The language of the portal's mail and notifications to this person; each language is
// offered in its own name ("Deutsch", "한국어"), so anyone finds theirs.
export function MailLanguageForm({
  saved,
  languages,
}: {
  saved: string;
  languages: { value: string; label: string }[];
}) {
  const t = useTranslations("notifications.mailLanguage");
  const [state, formAction] = useActionState(saveMailLanguage, initialFormState);
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <SelectField
        name="locale"
        label={t("label")}
        hint={t("hint")}
        options={languages}
        emptyLabel={t("choose")}
        defaultValue={valueOf(state, "locale", saved)}
        errors={state.errors?.locale}
        required
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
