"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/fields";
import { changeUserRole, deactivateUser, reactivateUser } from "@/lib/actions/admin/users";

// Each row repeats these forms, so field ids carry the user's id; returnTo brings the
// admin back to the same filtered list.
type Props = { userId: string; returnTo: string };

export function ChangeRoleForm({ userId, returnTo, role }: Props & { role: string }) {
  const t = useTranslations("admin.users");
  return (
    <ActionForm
      action={changeUserRole}
      hidden={{ userId, returnTo }}
      submit={{ label: t("changeRole"), pendingLabel: t("saving"), tone: "secondary" }}
      className="flex flex-col gap-2"
    >
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
        defaultValue={role}
      />
    </ActionForm>
  );
}

// Keyed by what it does: the form for the other action starts with a fresh state.
export function AccountStatusForm({ active, userId, returnTo }: Props & { active: boolean }) {
  const t = useTranslations("admin.users");
  return (
    <ActionForm
      key={active ? "deactivate" : "reactivate"}
      action={active ? deactivateUser : reactivateUser}
      hidden={{ userId, returnTo }}
      submit={{
        label: active ? t("deactivate") : t("reactivate"),
        pendingLabel: t("saving"),
        tone: active ? "danger" : "secondary",
      }}
      className="flex flex-col gap-2"
    />
  );
}
