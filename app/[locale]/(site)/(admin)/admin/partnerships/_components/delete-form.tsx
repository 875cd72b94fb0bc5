"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { Link } from "@/i18n/navigation";
import { deletePartnership } from "@/lib/actions/admin/partnerships";
import { initialFormState } from "@/lib/form-state";

export function DeletePartnershipForm({ partnershipId }: { partnershipId: string }) {
  const [state, formAction] = useActionState(deletePartnership, initialFormState);
  const t = useTranslations("admin.partnerships.forms");
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <div className="flex items-center gap-4">
        <SubmitButton tone="danger" pendingLabel={t("deleting")}>
          {t("delete")}
        </SubmitButton>
        <Link href={`/admin/partnerships/${partnershipId}`}>{t("keep")}</Link>
      </div>
    </form>
  );
}
