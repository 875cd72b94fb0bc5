"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import {
  OrganisationChoiceFields,
  type OrganisationChoices,
} from "@/components/memberships/organisation-choice-fields";
import { registerUser } from "@/lib/actions/registration";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/auth";

export function RegisterForm(choices: OrganisationChoices) {
  const t = useTranslations("accounts.register");
  const tFields = useTranslations("accounts.fields");
  return (
    <ActionForm
      action={registerUser}
      submit={{ label: t("submit"), pendingLabel: t("pending") }}
      className="flex flex-col gap-5"
    >
      <TextField name="name" label={tFields("yourName")} autoComplete="name" required />
      <TextField
        name="email"
        label={tFields("email")}
        type="email"
        autoComplete="email"
        required
        hint={t("emailHint")}
      />
      <TextField
        name="password"
        label={tFields("password")}
        type="password"
        autoComplete="new-password"
        required
        hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
      />
      <OrganisationChoiceFields {...choices} askToJoinOn={{ pathname: "/register" }} />
    </ActionForm>
  );
}
