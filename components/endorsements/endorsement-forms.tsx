"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { endorseEntry, withdrawEndorsement } from "@/lib/actions/endorsements";
import { initialFormState, valueOf } from "@/lib/form-state";
import { STATEMENT_MAX_LENGTH } from "@/lib/validations/endorsement";
import type { EntryTarget } from "@/lib/validations/entry-target";

type Props = { target: EntryTarget; organisationName: string };

function TargetField({ target }: { target: EntryTarget }) {
  return "projectId" in target ? (
    <input type="hidden" name="projectId" value={target.projectId} />
  ) : (
    <input type="hidden" name="recommendationId" value={target.recommendationId} />
  );
}

export function EndorseForm({ target, organisationName }: Props) {
  const t = useTranslations("endorsements.form");
  const [state, formAction] = useActionState(endorseEntry, initialFormState);
  return (
    <form
      action={formAction}
      className="mt-4 flex flex-col gap-3 rounded border border-gray-300 p-4"
      noValidate
    >
      <FormMessage state={state} />
      <TargetField target={target} />
      <TextField
        name="statement"
        label={t("statement")}
        rows={3}
        maxLength={STATEMENT_MAX_LENGTH}
        hint={t("statementHint", { organisation: organisationName, max: STATEMENT_MAX_LENGTH })}
        defaultValue={valueOf(state, "statement")}
        errors={state.errors?.statement}
      />
      <div>
        <SubmitButton pendingLabel={t("pending")}>
          {t("submit", { organisation: organisationName })}
        </SubmitButton>
      </div>
    </form>
  );
}

export function WithdrawForm({ target, organisationName }: Props) {
  const t = useTranslations("endorsements.form");
  const [state, formAction] = useActionState(withdrawEndorsement, initialFormState);
  return (
    <form action={formAction} className="mt-4 flex flex-col gap-3 rounded border border-gray-300 p-4">
      <FormMessage state={state} />
      <TargetField target={target} />
      <p>{t("endorses", { organisation: organisationName })}</p>
      <div>
        <SubmitButton tone="secondary" pendingLabel={t("withdrawing")}>
          {t("withdraw")}
        </SubmitButton>
      </div>
    </form>
  );
}
