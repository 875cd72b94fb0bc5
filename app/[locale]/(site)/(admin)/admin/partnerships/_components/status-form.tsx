"use client";

import { useTranslations } from "next-intl";
import { StatusChangeForm } from "@/components/forms/status-change-form";
import { changePartnershipStatus } from "@/lib/actions/admin/partnerships";
import { labelOptions } from "@/lib/labels";
import { PARTNERSHIP_LIMITS } from "@/lib/validations/partnership";

export function PartnershipStatusForm({ partnershipId, status }: { partnershipId: string; status: string }) {
  const tLabels = useTranslations("labels");
  const t = useTranslations("admin.partnerships.forms");
  return (
    <StatusChangeForm
      action={changePartnershipStatus}
      hidden={{ partnershipId }}
      statuses={labelOptions(tLabels, "partnershipStatus")}
      current={status}
      noteMax={PARTNERSHIP_LIMITS.note.max}
      labels={{
        status: t("newStatus"),
        chooseStatus: t("chooseStatus"),
        note: t("note"),
        noteHint: t("noteHint"),
        submit: t("changeStatus"),
        saving: t("saving"),
      }}
    />
  );
}
