"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { RadioGroup } from "@/components/forms/fields";
import { UNREAD_CHANGED } from "@/components/layout/notifications-link";
import {
  markAllNotificationsRead,
  markNotificationRead,
  saveNotificationPreferences,
} from "@/lib/actions/notifications";
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
        <RadioGroup
          key={kind}
          name={kind}
          label={t(`kinds.${kind}`)}
          options={deliveries.map((delivery) => ({ value: delivery, label: t(`deliveries.${delivery}`) }))}
          defaultValue={saved[kind]}
          required
        />
      ))}
    </ActionForm>
  );
}
