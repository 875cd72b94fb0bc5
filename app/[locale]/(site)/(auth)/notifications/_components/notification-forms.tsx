"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { ErrorList } from "@/components/forms/fields";
import { useFormState } from "@/components/forms/form-context";
import { UNREAD_CHANGED } from "@/components/layout/notifications-link";
import {
  markAllNotificationsRead,
  markNotificationRead,
  saveNotificationPreferences,
} from "@/lib/actions/notifications";
import { valueOf } from "@/lib/form-state";
import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import { deliveries, notificationKinds } from "@/lib/notifications/kinds";

// Tells the header's count (components/layout/notifications-link.tsx) what this page just read.
export function UnreadCountAnnouncer({ unread }: { unread: number }) {
  useEffect(() => {
    window.dispatchEvent(new CustomEvent(UNREAD_CHANGED, { detail: unread }));
  }, [unread]);
  return null;
}

export function MarkReadForm({ notificationId, page }: { notificationId: string; page: number }) {
  const t = useTranslations("accounts.notifications");
  return (
    <ActionForm
      action={markNotificationRead}
      hidden={{ notificationId, page: String(page) }}
      submit={{ label: t("markRead"), pendingLabel: t("marking"), tone: "secondary" }}
      className="flex flex-col gap-2"
    />
  );
}

export function MarkAllReadForm({ page }: { page: number }) {
  const t = useTranslations("accounts.notifications");
  return (
    <ActionForm
      action={markAllNotificationsRead}
      hidden={{ page: String(page) }}
      submit={{ label: t("markAllRead"), pendingLabel: t("marking"), tone: "secondary" }}
      className="flex flex-col gap-2"
    />
  );
}

export function PreferencesForm({ saved }: { saved: Record<NotificationKind, NotificationDelivery> }) {
  const t = useTranslations("accounts.notifications");
  return (
    <ActionForm
      action={saveNotificationPreferences}
      submit={{ label: t("save"), pendingLabel: t("saving") }}
      className="flex flex-col gap-4"
    >
      {notificationKinds.map((kind) => (
        <DeliveryChoice key={kind} kind={kind} saved={saved[kind]} />
      ))}
    </ActionForm>
  );
}

function DeliveryChoice({ kind, saved }: { kind: NotificationKind; saved: NotificationDelivery }) {
  const t = useTranslations("accounts.notifications");
  const state = useFormState();
  const errors = state.errors?.[kind];
  const chosen = valueOf(state, kind, saved);
  return (
    <fieldset
      id={kind}
      aria-invalid={errors?.length ? true : undefined}
      aria-describedby={errors?.length ? `${kind}-error` : undefined}
      className="flex flex-col gap-1"
    >
      <legend className="font-medium text-gray-900">{t(`kinds.${kind}`)}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {deliveries.map((delivery) => (
          <label key={delivery} className="flex items-center gap-2">
            <input type="radio" name={kind} value={delivery} defaultChecked={chosen === delivery} />
            {t(`deliveries.${delivery}`)}
          </label>
        ))}
      </div>
      <ErrorList id={`${kind}-error`} errors={errors} />
    </fieldset>
  );
}
