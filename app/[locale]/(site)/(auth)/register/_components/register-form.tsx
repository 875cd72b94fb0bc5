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
  const t = useTranslations("accounts");
  return (
    <ActionForm
      action={registerUser}
      submit={{ label: t("register.submit"), pendingLabel: t("register.pending") }}
      className="flex flex-col gap-5"
    >
      <TextField name="name" label={t("fields.yourName")} autoComplete="name" required />
      <TextField
        name="email"
        label={t("fields.email")}
        type="email"
        autoComplete="email"
        required
        hint={t("register.emailHint")}
      />
      <TextField
        name="password"
        label={t("fields.password")}
        type="password"
        autoComplete="new-password"
        required
        hint={t("register.passwordHint", { min: PASSWORD_MIN_LENGTH })}
      />
      <OrganisationChoiceFields
        {...choices}
        askToJoinHref={(slug) => `/register?organisation=${encodeURIComponent(slug)}`}
      />
    </ActionForm>
  );
}
