"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { dismissReport, hideEntry, restoreEntry } from "@/lib/actions/admin/moderation";
import { initialFormState, valueOf } from "@/lib/form-state";
import type { EntryTarget } from "@/lib/validations/entry-target";

function TargetFields({ target }: { target: EntryTarget }) {
  return "projectId" in target ? (
    <input type="hidden" name="projectId" value={target.projectId} />
  ) : (
    <input type="hidden" name="recommendationId" value={target.recommendationId} />
  );
}

// Rows repeat these forms, so each field's id carries the row's key.
export function HideEntryForm({ target, rowKey }: { target: EntryTarget; rowKey: string }) {
  const [state, formAction] = useActionState(hideEntry, initialFormState);
  const t = useTranslations("moderation.forms");
  return (
    <form action={formAction} className="flex flex-col gap-2" noValidate>
      <FormMessage state={state} />
      <TargetFields target={target} />
      <TextField
        id={`reason-${rowKey}`}
        name="reason"
        label={t("hideReason")}
        required
        maxLength={300}
        defaultValue={valueOf(state, "reason")}
        errors={state.errors?.reason}
      />
      <div>
        <SubmitButton tone="danger" pendingLabel={t("hiding")}>
          {t("hide")}
        </SubmitButton>
      </div>
    </form>
  );
}

export function DismissReportForm({ reportId }: { reportId: string }) {
  const [state, formAction] = useActionState(dismissReport, initialFormState);
  const t = useTranslations("moderation.forms");
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="reportId" value={reportId} />
      <div>
        <SubmitButton tone="secondary" pendingLabel={t("dismissing")}>
          {t("dismiss")}
        </SubmitButton>
      </div>
    </form>
  );
}

export function RestoreEntryForm({ target }: { target: EntryTarget }) {
  const [state, formAction] = useActionState(restoreEntry, initialFormState);
  const t = useTranslations("moderation.forms");
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <TargetFields target={target} />
      <div>
        <SubmitButton tone="secondary" pendingLabel={t("restoring")}>
          {t("restore")}
        </SubmitButton>
      </div>
    </form>
  );
}
