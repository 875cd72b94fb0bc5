"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { db } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import {
  MarkAllNotificationsReadSchema,
  MarkNotificationReadSchema,
  NotificationPreferencesSchema,
} from "@/lib/validations/notification";
import { formAction } from "./action";

const back = (page: number, notice: string) =>
  `/notifications?${new URLSearchParams({ ...(page > 1 && { page: String(page) }), notice })}`;

// Only the person's own notifications: the owner is in the where clause.
export const markNotificationRead = formAction(
  "member",
  MarkNotificationReadSchema,
  async ({ notificationId, page }, user) => {
    await db.notification.updateMany({
      where: { id: notificationId, userId: user.id, readAt: null },
      data: { readAt: new Date() },
    });
    return redirect({ href: back(page, "read"), locale: await getLocale() });
  },
);

export const markAllNotificationsRead = formAction(
  "member",
  MarkAllNotificationsReadSchema,
  async ({ page }, user) => {
    await db.notification.updateMany({
      where: { userId: user.id, readAt: null },
      data: { readAt: new Date() },
    });
    return redirect({ href: back(page, "allRead"), locale: await getLocale() });
  },
);

export const saveNotificationPreferences = formAction(
  "member",
  NotificationPreferencesSchema,
  async (input, user) => {
    const choices = Object.entries(input) as [NotificationKind, (typeof input)[NotificationKind]][];
    await db.$transaction(
      choices.map(([kind, delivery]) =>
        db.notificationPreference.upsert({
          where: { userId_kind: { userId: user.id, kind } },
          create: { userId: user.id, kind, delivery },
          update: { delivery },
        }),
      ),
    );
    const t = await getTranslations("accounts.notifications");
    return { ok: true, message: t("saved") };
  },
);
