"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { OrganisationChoiceFields } from "@/components/memberships/organisation-choice-fields";
import { signOutEverywhere } from "@/lib/actions/auth";
import { joinOrganisation } from "@/lib/actions/memberships";
import { resendConfirmation } from "@/lib/actions/registration";
import { initialFormState } from "@/lib/form-state";

type Option = { value: string; label: string };

export function ResendConfirmationForm() {
  const t = useTranslations("accounts.resend");
  const [state, formAction] = useActionState(resendConfirmation, initialFormState);
  return (
    <form action={formAction} className="mt-3 flex flex-col gap-2">
      <FormMessage state={state} />
      <div>
        <SubmitButton tone="secondary" pendingLabel={t("pending")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}

export function JoinOrganisationForm({
  organisations,
  countries,
  chosenOrganisationId,
}: {
  organisations: Option[];
  countries: Option[];
  chosenOrganisationId?: string;
}) {
  const t = useTranslations("accounts.account");
  const [state, formAction] = useActionState(joinOrganisation, initialFormState);
  return (
    <form action={formAction} className="mt-3 flex flex-col gap-4" noValidate>
      <FormMessage state={state} />
      <OrganisationChoiceFields
        state={state}
        organisations={organisations}
        countries={countries}
        chosenOrganisationId={chosenOrganisationId}
        askToJoinHref={(slug) => `/account?organisation=${encodeURIComponent(slug)}#join-heading`}
      />
      <div>
        <SubmitButton pendingLabel={t("joinPending")}>{t("joinSubmit")}</SubmitButton>
      </div>
    </form>
  );
}

export function SignOutEverywhereForm() {
  const t = useTranslations("accounts.sessions");
  const [state, formAction] = useActionState(signOutEverywhere, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <div>
        <SubmitButton tone="secondary" pendingLabel={t("pending")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
