"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { registerUser } from "@/lib/actions/auth";
import { initialFormState, valueOf } from "@/lib/form-state";
import { optionsOf, organisationKindLabels } from "@/lib/labels";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/auth";

type Option = { value: string; label: string };

export function RegisterForm({ organisations, countries }: { organisations: Option[]; countries: Option[] }) {
  const [state, formAction] = useActionState(registerUser, initialFormState);
  const errors = state.errors ?? {};
  const choice = valueOf(state, "organisationChoice", "existing");
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

      <fieldset className="flex flex-col gap-4 rounded border border-gray-300 p-4">
        <legend className="px-1 font-semibold">Your organisation</legend>
        <div className="flex flex-col gap-2">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="organisationChoice"
              value="existing"
              defaultChecked={choice !== "new"}
            />
            It is listed on the portal
          </label>
          <SelectField
            name="organisationId"
            label="Organisation"
            options={organisations}
            emptyLabel="Choose your organisation"
            defaultValue={valueOf(state, "organisationId")}
            errors={errors.organisationId}
          />
        </div>
        <div className="flex flex-col gap-2">
          <label className="flex items-center gap-2">
            <input type="radio" name="organisationChoice" value="new" defaultChecked={choice === "new"} />
            It is not listed: request a new organisation (an admin verifies it)
          </label>
          <TextField
            name="newOrganisationName"
            label="Organisation name"
            defaultValue={valueOf(state, "newOrganisationName")}
            errors={errors.newOrganisationName}
          />
          <SelectField
            name="newOrganisationKind"
            label="Kind of organisation"
            options={optionsOf(organisationKindLabels)}
            emptyLabel="Choose a kind"
            defaultValue={valueOf(state, "newOrganisationKind")}
            errors={errors.newOrganisationKind}
          />
          <SelectField
            name="newOrganisationCountry"
            label="Country"
            options={countries}
            emptyLabel="Choose a country"
            defaultValue={valueOf(state, "newOrganisationCountry")}
            errors={errors.newOrganisationCountry}
          />
          <TextField
            name="newOrganisationWebsite"
            label="Website"
            type="url"
            defaultValue={valueOf(state, "newOrganisationWebsite")}
            errors={errors.newOrganisationWebsite}
          />
        </div>
        <ErrorSummary errors={errors.organisationChoice} />
      </fieldset>
      <div>
        <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
      </div>
    </form>
  );
}

function ErrorSummary({ errors }: { errors?: string[] }) {
  return errors?.length ? <p className="text-sm text-red-800">{errors.join(" ")}</p> : null;
}
