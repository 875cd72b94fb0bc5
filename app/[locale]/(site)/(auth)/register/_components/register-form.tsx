"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { OrganisationChoiceFields } from "@/components/memberships/organisation-choice-fields";
import { registerUser } from "@/lib/actions/registration";
import { initialFormState, valueOf } from "@/lib/form-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/auth";

type Option = { value: string; label: string };

export function RegisterForm({
  organisations,
  countries,
  chosenOrganisationId,
}: {
  organisations: Option[];
  countries: Option[];
  chosenOrganisationId?: string;
}) {
  const t = useTranslations("accounts");
  const [state, formAction] = useActionState(registerUser, initialFormState);
  const errors = state.errors ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <FormMessage state={state} />
      <TextField
        name="name"
        label={t("fields.yourName")}
        autoComplete="name"
        required
        defaultValue={valueOf(state, "name")}
        errors={errors.name}
      />
      <TextField
        name="email"
        label={t("fields.email")}
        type="email"
        autoComplete="email"
        required
        hint={t("register.emailHint")}
        defaultValue={valueOf(state, "email")}
        errors={errors.email}
      />
      <TextField
        name="password"
        label={t("fields.password")}
        type="password"
        autoComplete="new-password"
        required
        hint={t("register.passwordHint", { min: PASSWORD_MIN_LENGTH })}
        errors={errors.password}
      />
      <OrganisationChoiceFields
        state={state}
        organisations={organisations}
        countries={countries}
        chosenOrganisationId={chosenOrganisationId}
        askToJoinHref={(slug) => `/register?organisation=${encodeURIComponent(slug)}`}
      />
      <div>
        <SubmitButton pendingLabel={t("register.pending")}>{t("register.submit")}</SubmitButton>
      </div>
    </form>
  );
}
