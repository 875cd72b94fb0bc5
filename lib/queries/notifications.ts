import "server-only";
import { db } from "@/lib/db";
import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import { defaultDelivery, notificationKinds } from "@/lib/notifications/kinds";

export const NOTIFICATIONS_PAGE_SIZE = 30;

// The header's count: an index range on (userId, readAt).
export function countUnreadNotifications(userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}

export async function listNotifications(userId: string, requestedPage: number) {
  const total = await db.notification.count({ where: { userId } });
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const page = Math.min(requestedPage, pageCount);
  const items = await db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
    take: NOTIFICATIONS_PAGE_SIZE,
    select: { id: true, kind: true, message: true, path: true, readAt: true, createdAt: true },
  });
  return { items, total, page, pageCount };
}

export type NotificationItem = Awaited<ReturnType<typeof listNotifications>>["items"][number];

// Every kind with the person's choice, or the default where they made none.
export async function getNotificationPreferences(userId: string) {
  const rows = await db.notificationPreference.findMany({
    where: { userId },
    select: { kind: true, delivery: true },
  });
  const chosen = new Map(rows.map((row) => [row.kind, row.delivery]));
  return Object.fromEntries(
    notificationKinds.map((kind) => [kind, chosen.get(kind) ?? defaultDelivery(kind)]),
  ) as Record<NotificationKind, NotificationDelivery>;
}
