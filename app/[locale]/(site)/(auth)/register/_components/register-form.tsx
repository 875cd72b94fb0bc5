"use client";

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
  const [state, formAction] = useActionState(registerUser, initialFormState);
  const errors = state.errors ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      <FormMessage state={state} />
      <TextField
        name="name"
        label="Your name"
        autoComplete="name"
        required
        defaultValue={valueOf(state, "name")}
        errors={errors.name}
      />
      <TextField
        name="email"
        label="E-mail address"
        type="email"
        autoComplete="email"
        required
        hint="We send a link to confirm it; an address at your organisation's own domain helps its managers recognise you."
        defaultValue={valueOf(state, "email")}
        errors={errors.email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easy to remember and hard to guess.`}
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
        <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
      </div>
    </form>
  );
}
