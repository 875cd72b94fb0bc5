"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { rejectOrganisation, verifyOrganisation } from "@/lib/actions/admin/organisations";

export function VerifyOrganisationForm({ organisationId }: { organisationId: string }) {
  const t = useTranslations("admin.organisations.forms");
  return (
    <ActionForm
      action={verifyOrganisation}
      hidden={{ organisationId }}
      submit={{ label: t("verify"), pendingLabel: t("verifying") }}
      className="flex flex-col gap-3"
    />
  );
}

export function RejectOrganisationForm({
  organisationId,
  currentReason,
}: {
  organisationId: string;
  currentReason: string | null;
}) {
  const t = useTranslations("admin.organisations.forms");
  return (
    <ActionForm
      action={rejectOrganisation}
      hidden={{ organisationId }}
      submit={{
        label: currentReason ? t("changeReason") : t("decline"),
        pendingLabel: t("declining"),
        tone: "danger",
      }}
      className="flex max-w-xl flex-col gap-3"
    >
      <TextField
        name="reason"
        label={t("declineReason")}
        rows={3}
        maxLength={500}
        required
        hint={t("declineHint")}
        defaultValue={currentReason ?? undefined}
      />
    </ActionForm>
  );
}
