import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/i18n/routing";
import { isLocale } from "@/lib/languages";
import { defaultDelivery } from "./kinds";

type Transaction = Prisma.TransactionClient;

export type NotificationContent = {
  // The sentence in a recipient's language: each is told in the one they chose.
  message: (locale: Locale) => string;
  path: string;
  entry?: { projectId: string } | { recommendationId: string } | { partnershipId: string };
};

// Tells each recipient, in the caller's transaction, as each chose for the kind: an
// immediate mail is queued in the outbox now, a digest item waits for the worker.
export async function notify(
  tx: Transaction,
  kind: NotificationKind,
  recipientIds: string[],
  content: NotificationContent,
) {
  const userIds = [...new Set(recipientIds)];
  if (!userIds.length) return;
  const [chosen, people] = await Promise.all([
    tx.notificationPreference.findMany({
      where: { userId: { in: userIds }, kind },
      select: { userId: true, delivery: true },
    }),
    tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, locale: true } }),
  ]);
  const deliveryOf = new Map(chosen.map((row) => [row.userId, row.delivery]));
  const localeOf = new Map(
    people.map((person) => [person.id, isLocale(person.locale) ? person.locale : "en"]),
  );
  const messages = new Map<Locale, string>();
  const messageFor = (userId: string) => {
    const locale = localeOf.get(userId) ?? "en";
    if (!messages.has(locale)) messages.set(locale, content.message(locale));
    return messages.get(locale)!;
  };
  const created = await tx.notification.createManyAndReturn({
    data: userIds.map((userId) => ({
      userId,
      kind,
      delivery: deliveryOf.get(userId) ?? defaultDelivery(kind),
      message: messageFor(userId),
      path: content.path,
      ...content.entry,
    })),
    select: { id: true, userId: true, delivery: true },
  });
  const immediate = created.filter((row) => row.delivery === "IMMEDIATE");
  if (immediate.length)
    await tx.mailOutbox.createMany({
      data: immediate.map((row) => ({ userId: row.userId, notificationId: row.id })),
    });
}

// The approved, active people of an organisation, but for the one who acted.
export async function organisationMemberIds(
  tx: Transaction,
  organisationId: string | null | undefined,
  exceptUserId?: string,
): Promise<string[]> {
  if (!organisationId) return [];
  const people = await tx.user.findMany({
    where: {
      organisationId,
      membershipRole: { in: ["MEMBER", "MANAGER"] },
      deactivatedAt: null,
      ...(exceptUserId && { id: { not: exceptUserId } }),
    },
    select: { id: true },
  });
  return people.map(({ id }) => id);
}
