"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { OrganisationChoiceFields } from "@/components/memberships/organisation-choice-fields";
import { signOutEverywhere } from "@/lib/actions/auth";
import { joinOrganisation } from "@/lib/actions/memberships";
import { resendConfirmation } from "@/lib/actions/registration";

type Option = { value: string; label: string };

export function ResendConfirmationForm() {
  const t = useTranslations("accounts.resend");
  return (
    <ActionForm
      action={resendConfirmation}
      submit={{ label: t("submit"), pendingLabel: t("pending"), tone: "secondary" }}
      className="mt-3 flex flex-col gap-2"
    />
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
  return (
    <ActionForm
      action={joinOrganisation}
      submit={{ label: t("joinSubmit"), pendingLabel: t("joinPending") }}
      className="mt-3 flex flex-col gap-4"
    >
      <OrganisationChoiceFields
        organisations={organisations}
        countries={countries}
        chosenOrganisationId={chosenOrganisationId}
        askToJoinHref={(slug) => `/account?organisation=${encodeURIComponent(slug)}#join-heading`}
      />
    </ActionForm>
  );
}

export function SignOutEverywhereForm() {
  const t = useTranslations("accounts.sessions");
  return (
    <ActionForm
      action={signOutEverywhere}
      submit={{ label: t("submit"), pendingLabel: t("pending"), tone: "secondary" }}
      className="flex flex-col gap-2"
    />
  );
}
