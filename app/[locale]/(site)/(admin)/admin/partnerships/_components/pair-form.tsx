"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorList } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { createPartnership } from "@/lib/actions/admin/partnerships";
import { initialFormState } from "@/lib/form-state";

// One click pairs a suggestion through the same action and checks as the full form.
export function PairForm({
  ecocDesignationId,
  cceaDesignationId,
  rationale,
  label,
}: {
  ecocDesignationId: string;
  cceaDesignationId: string;
  rationale: string;
  label: string;
}) {
  const [state, formAction] = useActionState(createPartnership, initialFormState);
  const t = useTranslations("admin.partnerships.forms");
  // The fields are hidden, so their errors and the form's message show under the button.
  const problems = state.errors
    ? [...new Set(Object.values(state.errors).flatMap((errors) => errors ?? []))]
    : [state.message ?? ""].filter(Boolean);
  const id = `pair-${ecocDesignationId}-${cceaDesignationId}`;
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="ecocDesignationId" value={ecocDesignationId} />
      <input type="hidden" name="cceaDesignationId" value={cceaDesignationId} />
      <input type="hidden" name="status" value="PROPOSED" />
      <input type="hidden" name="rationale" value={rationale} />
      <SubmitButton tone="secondary" pendingLabel={t("pairing")}>
        {t.rich("pair", { label, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
      </SubmitButton>
      <ErrorList id={`${id}-error`} errors={problems} />
    </form>
  );
}
