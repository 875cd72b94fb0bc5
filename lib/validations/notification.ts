import { z } from "zod";
import { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import { msg } from "./messages";

const page = z.coerce.number().int().min(1).max(10_000).catch(1);

export const MarkNotificationReadSchema = z.object({
  notificationId: z.string().trim().min(1, msg("notification.required")).max(64),
  page,
});

export const MarkAllNotificationsReadSchema = z.object({ page });

// One field per kind, named by the kind, holding the chosen delivery.
export const NotificationPreferencesSchema = z.object(
  Object.fromEntries(
    Object.values(NotificationKind).map((kind) => [
      kind,
      z.enum(NotificationDelivery, { error: msg("notification.delivery") }),
    ]),
  ) as Record<NotificationKind, z.ZodEnum<typeof NotificationDelivery>>,
);
