"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { reportEntry } from "@/lib/actions/reports";
import type { EntryTarget } from "@/lib/validations/entry-target";

// Folded away under a summary: reporting is rare and should not compete with the entry.
// The reasons come named from whoever renders it (entry-moderation.tsx).
export function ReportForm({
  target,
  kind,
  reasons,
}: {
  target: EntryTarget;
  kind: "project" | "recommendation";
  reasons: { value: string; label: string }[];
}) {
  const t = useTranslations("moderation.report");
  return (
    <ActionForm
      action={reportEntry}
      hidden={target}
      submit={{ label: t("send"), pendingLabel: t("sending"), tone: "secondary" }}
      folded={{
        summary: <span className="text-sm text-gray-800">{t("summary", { kind })}</span>,
        className: "mt-8 rounded border border-gray-200 p-3",
      }}
      className="mt-3 flex max-w-xl flex-col gap-3"
    >
      <SelectField
        name="reason"
        label={t("reason")}
        required
        options={reasons}
        emptyLabel={t("chooseReason")}
      />
      <TextField name="comment" label={t("comment")} rows={3} maxLength={1000} hint={t("commentHint")} />
    </ActionForm>
  );
}
