"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import {
  OrganisationChoiceFields,
  type OrganisationChoices,
} from "@/components/memberships/organisation-choice-fields";
import { signOutEverywhere } from "@/lib/actions/auth";
import { joinOrganisation } from "@/lib/actions/memberships";
import { resendConfirmation } from "@/lib/actions/registration";

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

export function JoinOrganisationForm(choices: OrganisationChoices) {
  const t = useTranslations("accounts.account");
  return (
    <ActionForm
      action={joinOrganisation}
      submit={{ label: t("joinSubmit"), pendingLabel: t("joinPending") }}
      className="mt-3 flex flex-col gap-4"
    >
      <OrganisationChoiceFields
        {...choices}
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
