"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { ErrorList, FormMessage } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { UNREAD_CHANGED } from "@/components/layout/notifications-link";
import {
  markAllNotificationsRead,
  markNotificationRead,
  saveNotificationPreferences,
} from "@/lib/actions/notifications";
import { initialFormState, valueOf } from "@/lib/form-state";
import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import { deliveryLabels, notificationKinds } from "@/lib/notifications/kinds";

// Tells the header's count (components/layout/notifications-link.tsx) what this page just read.
export function UnreadCountAnnouncer({ unread }: { unread: number }) {
  useEffect(() => {
    window.dispatchEvent(new CustomEvent(UNREAD_CHANGED, { detail: unread }));
  }, [unread]);
  return null;
}

export function MarkReadForm({ notificationId, page }: { notificationId: string; page: number }) {
  const t = useTranslations("accounts.notifications");
  const [state, formAction] = useActionState(markNotificationRead, initialFormState);
  return (
    <form action={formAction}>
      <FormMessage state={state} />
      <input type="hidden" name="notificationId" value={notificationId} />
      <input type="hidden" name="page" value={page} />
      <SubmitButton tone="secondary" pendingLabel={t("marking")}>
        {t("markRead")}
      </SubmitButton>
    </form>
  );
}

export function MarkAllReadForm({ page }: { page: number }) {
  const t = useTranslations("accounts.notifications");
  const [state, formAction] = useActionState(markAllNotificationsRead, initialFormState);
  return (
    <form action={formAction}>
      <FormMessage state={state} />
      <input type="hidden" name="page" value={page} />
      <SubmitButton tone="secondary" pendingLabel={t("marking")}>
        {t("markAllRead")}
      </SubmitButton>
    </form>
  );
}

const deliveries = Object.keys(deliveryLabels) as NotificationDelivery[];

export function PreferencesForm({ saved }: { saved: Record<NotificationKind, NotificationDelivery> }) {
  const t = useTranslations("accounts.notifications");
  const [state, formAction] = useActionState(saveNotificationPreferences, initialFormState);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormMessage state={state} />
      {notificationKinds.map(({ kind }) => {
        const errors = state.errors?.[kind];
        const chosen = valueOf(state, kind, saved[kind]);
        return (
          <fieldset
            key={kind}
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
      })}
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
