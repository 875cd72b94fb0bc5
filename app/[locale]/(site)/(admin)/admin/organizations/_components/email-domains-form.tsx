"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { saveEmailDomains } from "@/lib/actions/memberships";

export function EmailDomainsForm({ organisationId, domains }: { organisationId: string; domains: string[] }) {
  const t = useTranslations("admin.organisations.forms");
  return (
    <ActionForm
      action={saveEmailDomains}
      hidden={{ organisationId }}
      submit={{ label: t("saveDomains"), pendingLabel: t("saving"), tone: "secondary" }}
      className="flex max-w-xl flex-col gap-3"
    >
      <TextField
        name="emailDomains"
        label={t("domains")}
        hint={t("domainsHint")}
        rows={3}
        defaultValue={domains.join("\n")}
      />
    </ActionForm>
  );
}
