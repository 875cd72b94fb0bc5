"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { hideEntry } from "@/lib/actions/admin/moderation";
import type { EntryTarget } from "@/lib/validations/entry-target";

// Rows repeat this form, so its field's id carries the row's key.
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
