"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/fields";
import { saveMailLanguage } from "@/lib/actions/notifications";

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
  return (
    <ActionForm
      action={saveMailLanguage}
      submit={{ label: t("save"), pendingLabel: t("saving") }}
      className="flex max-w-md flex-col gap-4"
    >
      <SelectField
        name="locale"
        label={t("label")}
        hint={t("hint")}
        options={languages}
        emptyLabel={t("choose")}
        defaultValue={saved}
        required
      />
    </ActionForm>
  );
}
