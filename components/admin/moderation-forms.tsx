"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { dismissReport, hideEntry, restoreEntry } from "@/lib/actions/admin/moderation";
import type { EntryTarget } from "@/lib/validations/entry-target";

// Rows repeat these forms, so each field's id carries the row's key.
export function HideEntryForm({ target, rowKey }: { target: EntryTarget; rowKey: string }) {
  const t = useTranslations("moderation.forms");
  return (
    <ActionForm
      action={hideEntry}
      hidden={target}
      submit={{ label: t("hide"), pendingLabel: t("hiding"), tone: "danger" }}
      className="flex flex-col gap-2"
    >
      <TextField id={`reason-${rowKey}`} name="reason" label={t("hideReason")} required maxLength={300} />
    </ActionForm>
  );
}

export function DismissReportForm({ reportId }: { reportId: string }) {
  const t = useTranslations("moderation.forms");
  return (
    <ActionForm
      action={dismissReport}
      hidden={{ reportId }}
      submit={{ label: t("dismiss"), pendingLabel: t("dismissing"), tone: "secondary" }}
      className="flex flex-col gap-2"
    />
  );
}

export function RestoreEntryForm({ target }: { target: EntryTarget }) {
  const t = useTranslations("moderation.forms");
  return (
    <ActionForm
      action={restoreEntry}
      hidden={target}
      submit={{ label: t("restore"), pendingLabel: t("restoring"), tone: "secondary" }}
      className="flex flex-col gap-2"
    />
  );
}
