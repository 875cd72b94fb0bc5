"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { Link } from "@/i18n/navigation";
import { deletePartnership } from "@/lib/actions/admin/partnerships";

export function DeletePartnershipForm({ partnershipId }: { partnershipId: string }) {
  const t = useTranslations("admin.partnerships.forms");
  return (
    <ActionForm
      action={deletePartnership}
      hidden={{ partnershipId }}
      submit={{ label: t("delete"), pendingLabel: t("deleting"), tone: "danger" }}
      after={<Link href={`/admin/partnerships/${partnershipId}`}>{t("keep")}</Link>}
      className="flex flex-col gap-4"
    />
  );
}
