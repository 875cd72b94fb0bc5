"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { saveEmailDomains } from "@/lib/actions/memberships";
import { initialFormState, valueOf } from "@/lib/form-state";

export function EmailDomainsForm({ organisationId, domains }: { organisationId: string; domains: string[] }) {
  const [state, formAction] = useActionState(saveEmailDomains, initialFormState);
  const t = useTranslations("admin.organisations.forms");
  return (
    <form action={formAction} className="flex max-w-xl flex-col gap-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextField
        name="emailDomains"
        label={t("domains")}
        hint={t("domainsHint")}
        rows={3}
        defaultValue={valueOf(state, "emailDomains", domains.join("\n"))}
        errors={state.errors?.emailDomains}
      />
      <div>
        <SubmitButton tone="secondary" pendingLabel={t("saving")}>
          {t("saveDomains")}
        </SubmitButton>
      </div>
    </form>
  );
}
