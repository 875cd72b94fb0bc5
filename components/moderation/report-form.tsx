"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SelectField, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { reportEntry } from "@/lib/actions/reports";
import { initialFormState, valueOf } from "@/lib/form-state";
import { optionsOf, reportReasonLabels } from "@/lib/labels";
import type { EntryTarget } from "@/lib/validations/entry-target";

// Folded away under a summary: reporting is rare and should not compete with the entry.
export function ReportForm({ target, kind }: { target: EntryTarget; kind: "project" | "recommendation" }) {
  const [state, formAction] = useActionState(reportEntry, initialFormState);
  const t = useTranslations("moderation.report");
  return (
    <details className="mt-8 rounded border border-gray-200 p-3" open={Boolean(state.message)}>
      <summary className="cursor-pointer text-sm text-gray-800">{t("summary", { kind })}</summary>
      <form action={formAction} className="mt-3 flex max-w-xl flex-col gap-3" noValidate>
        <FormMessage state={state} />
        {"projectId" in target ? (
          <input type="hidden" name="projectId" value={target.projectId} />
        ) : (
          <input type="hidden" name="recommendationId" value={target.recommendationId} />
        )}
        <SelectField
          name="reason"
          label={t("reason")}
          required
          options={optionsOf(reportReasonLabels)}
          emptyLabel={t("chooseReason")}
          defaultValue={valueOf(state, "reason")}
          errors={state.errors?.reason}
        />
        <TextField
          name="comment"
          label={t("comment")}
          rows={3}
          maxLength={1000}
          hint={t("commentHint")}
          defaultValue={valueOf(state, "comment")}
          errors={state.errors?.comment}
        />
        <div>
          <SubmitButton tone="secondary" pendingLabel={t("sending")}>
            {t("send")}
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
