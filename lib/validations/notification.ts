import { z } from "zod";
import { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import { routing } from "@/i18n/routing";
import { msg } from "./messages";

const page = z.coerce.number().int().min(1).max(10_000).catch(1);

export const MarkNotificationReadSchema = z.object({
  notificationId: z.string().trim().min(1, msg("notification.required")).max(64),
  page,
});

export const MarkAllNotificationsReadSchema = z.object({ page });

// The language of a person's mail and notifications: one of the interface's.
export const MailLanguageSchema = z.object({
  locale: z.enum(routing.locales, { error: msg("fromList.language") }),
});

// One field per kind, named by the kind, holding the chosen delivery.
export const NotificationPreferencesSchema = z.object(
  Object.fromEntries(
    Object.values(NotificationKind).map((kind) => [
      kind,
      z.enum(NotificationDelivery, { error: msg("notification.delivery") }),
    ]),
  ) as Record<NotificationKind, z.ZodEnum<typeof NotificationDelivery>>,
);
