"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SelectField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { changeUserRole, deactivateUser, reactivateUser } from "@/lib/actions/admin/users";
import { initialFormState, valueOf } from "@/lib/form-state";

// Each row repeats these forms, so field ids carry the user's id; returnTo brings the
// admin back to the same filtered list.
type Props = { userId: string; returnTo: string };

export function ChangeRoleForm({ userId, returnTo, role }: Props & { role: string }) {
  const [state, formAction] = useActionState(changeUserRole, initialFormState);
  const t = useTranslations("admin.users");
  return (
    <form action={formAction} className="flex flex-col gap-2" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <SelectField
        id={`role-${userId}`}
        name="role"
        label={t("role")}
        required
        options={[
          { value: "MEMBER", label: t("member") },
          { value: "ADMIN", label: t("admin") },
        ]}
        emptyLabel={t("chooseRole")}
        defaultValue={valueOf(state, "role", role)}
        errors={state.errors?.role}
      />
      <div>
        <SubmitButton tone="secondary" pendingLabel={t("saving")}>
          {t("changeRole")}
        </SubmitButton>
      </div>
    </form>
  );
}

// Keyed by what it does: the form for the other action starts with a fresh state.
export function AccountStatusForm({ active, ...props }: Props & { active: boolean }) {
  const t = useTranslations("admin.users");
  return active ? (
    <StatusForm key="deactivate" action={deactivateUser} label={t("deactivate")} tone="danger" {...props} />
  ) : (
    <StatusForm
      key="reactivate"
      action={reactivateUser}
      label={t("reactivate")}
      tone="secondary"
      {...props}
    />
  );
}

function StatusForm({
  userId,
  returnTo,
  action,
  label,
  tone,
}: Props & { action: typeof deactivateUser; label: string; tone: "danger" | "secondary" }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const t = useTranslations("admin.users");
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <div>
        <SubmitButton tone={tone} pendingLabel={t("saving")}>
          {label}
        </SubmitButton>
      </div>
    </form>
  );
}
