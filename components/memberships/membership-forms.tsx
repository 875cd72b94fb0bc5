"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import {
  approveMember,
  declineMember,
  demoteMember,
  promoteMember,
  removeMember,
} from "@/lib/actions/memberships";
import { initialFormState, valueOf, type FormState } from "@/lib/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;
type RowProps = { userId: string; personName: string; returnTo: string };

// One button, for a change that needs no reason.
function ButtonForm({
  action,
  userId,
  returnTo,
  label,
  pendingLabel,
  tone = "secondary",
}: { action: Action; label: string; pendingLabel: string; tone?: "primary" | "secondary" } & Omit<
  RowProps,
  "personName"
>) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <div>
        <SubmitButton tone={tone} pendingLabel={pendingLabel}>
          {label}
        </SubmitButton>
      </div>
    </form>
  );
}

// A change the person is told the reason for; folded away until asked for.
function ReasonForm({
  action,
  userId,
  personName,
  returnTo,
  kind,
  summary,
  label,
  reasonLabel,
}: RowProps & { action: Action; kind: string; summary: string; label: string; reasonLabel: string }) {
  const t = useTranslations("memberships.forms");
  const [state, formAction] = useActionState(action, initialFormState);
  const failed = state.ok === false;
  return (
    <details open={failed} className="rounded border border-gray-300 p-2">
      <summary className="cursor-pointer font-medium">
        {summary} <span className="sr-only">{personName}</span>
      </summary>
      <form action={formAction} className="mt-2 flex flex-col gap-2" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <TextField
          id={`${kind}-reason-${userId}`}
          name="reason"
          label={reasonLabel}
          hint={t("reasonHint")}
          required
          rows={2}
          maxLength={500}
          defaultValue={valueOf(state, "reason")}
          errors={state.errors?.reason}
        />
        <div>
          <SubmitButton tone="danger" pendingLabel={t("sending")}>
            {label}
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}

export function RequestForms(props: RowProps) {
  const t = useTranslations("memberships.forms");
  return (
    <div className="flex flex-wrap items-start gap-3">
      <ButtonForm
        {...props}
        action={approveMember}
        label={t("approve")}
        pendingLabel={t("approving")}
        tone="primary"
      />
      <ReasonForm
        {...props}
        action={declineMember}
        kind="decline"
        summary={t("declineSummary")}
        label={t("decline")}
        reasonLabel={t("declineReason", { person: props.personName })}
      />
    </div>
  );
}

export function MemberForms(props: RowProps & { manager: boolean }) {
  const t = useTranslations("memberships.forms");
  return (
    <div className="flex flex-wrap items-start gap-3">
      {props.manager ? (
        <ButtonForm {...props} action={demoteMember} label={t("demote")} pendingLabel={t("saving")} />
      ) : (
        <ButtonForm {...props} action={promoteMember} label={t("promote")} pendingLabel={t("saving")} />
      )}
      <ReasonForm
        {...props}
        action={removeMember}
        kind="remove"
        summary={t("removeSummary")}
        label={t("remove")}
        reasonLabel={t("removeReason", { person: props.personName })}
      />
    </div>
  );
}
