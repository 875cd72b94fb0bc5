"use client";

import { useTranslations } from "next-intl";
import { ActionForm, type FormAction } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import {
  approveMember,
  declineMember,
  demoteMember,
  promoteMember,
  removeMember,
} from "@/lib/actions/memberships";

type RowProps = { userId: string; personName: string; returnTo: string };

// One button, for a change that needs no reason.
function ButtonForm({
  action,
  userId,
  returnTo,
  label,
  pendingLabel,
  tone = "secondary",
}: { action: FormAction; label: string; pendingLabel: string; tone?: "primary" | "secondary" } & Omit<
  RowProps,
  "personName"
>) {
  return (
    <ActionForm
      action={action}
      hidden={{ userId, returnTo }}
      submit={{ label, pendingLabel, tone }}
      className="flex flex-col gap-2"
    />
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
}: RowProps & { action: FormAction; kind: string; summary: string; label: string; reasonLabel: string }) {
  const t = useTranslations("memberships.forms");
  return (
    <ActionForm
      action={action}
      hidden={{ userId, returnTo }}
      submit={{ label, pendingLabel: t("sending"), tone: "danger" }}
      folded={{
        summary: (
          <span className="font-medium">
            {summary} <span className="sr-only">{personName}</span>
          </span>
        ),
        className: "rounded border border-gray-300 p-2",
      }}
      className="mt-2 flex flex-col gap-2"
    >
      <TextField
        id={`${kind}-reason-${userId}`}
        name="reason"
        label={reasonLabel}
        hint={t("reasonHint")}
        required
        rows={2}
        maxLength={500}
      />
    </ActionForm>
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
