import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { digestMail, notificationMail } from "@/lib/mail/messages/notifications";
import { sendMail } from "@/lib/mail/send";

// The mail queue: rows of MailOutbox, claimed by any number of workers at once with
// FOR UPDATE SKIP LOCKED and a lease, sent, then marked sent; a failure is retried
// later with a growing delay. Times come from the caller, so tests can move the clock.
export const MAX_ATTEMPTS = 8;
export const BATCH_SIZE = 20;
const LEASE_MS = 5 * 60_000;

// 1 minute after the first failure, doubling up to an hour.
export const retryDelayMs = (attempts: number) => Math.min(60_000 * 2 ** (attempts - 1), 3_600_000);

// Stored timestamps are UTC without a zone; an ISO string cast to timestamp keeps its digits.
const at = (time: Date) => time.toISOString();

type Claimed = { id: string; userId: string; notificationId: string | null; attempts: number };

async function claimMail(now: Date): Promise<Claimed[]> {
  return db.$queryRaw<Claimed[]>`
    UPDATE "MailOutbox" SET "lockedUntil" = ${at(new Date(now.getTime() + LEASE_MS))}::timestamp,
      attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "MailOutbox"
      WHERE "sentAt" IS NULL AND "runAt" <= ${at(now)}::timestamp AND attempts < ${MAX_ATTEMPTS}
        AND ("lockedUntil" IS NULL OR "lockedUntil" < ${at(now)}::timestamp)
      ORDER BY "runAt" LIMIT ${BATCH_SIZE}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, "userId", "notificationId", attempts`;
}

// Queues today's digest for everyone with unread digest items, once the digest hour
// has come; the unique (person, day) makes a second worker's insert a no-op.
export async function queueDigests(now: Date): Promise<number> {
  if (now.getUTCHours() < env.NOTIFICATION_DIGEST_HOUR) return 0;
  return db.$executeRaw`
    INSERT INTO "MailOutbox" (id, "userId", "digestDay", "runAt")
    SELECT gen_random_uuid()::text, "userId", ${at(now).slice(0, 10)}::date, ${at(now)}::timestamp
    FROM "Notification"
    WHERE delivery = 'DIGEST' AND "digestedAt" IS NULL AND "readAt" IS NULL
      AND "createdAt" <= ${at(now)}::timestamp
    GROUP BY "userId"
    ON CONFLICT ("userId", "digestDay") DO NOTHING`;
}

// Sends what is due; returns how many rows it claimed, sent and left for a retry.
export async function processOutbox(now: Date) {
  const claimed = await claimMail(now);
  let sent = 0;
  let failed = 0;
  for (const job of claimed) {
    try {
      await deliver(job, now);
      sent += 1;
    } catch (error) {
      failed += 1;
      const reason = error instanceof Error ? error.message : String(error);
      await db.mailOutbox.update({
        where: { id: job.id },
        data: {
          lockedUntil: null,
          runAt: new Date(now.getTime() + retryDelayMs(job.attempts)),
          lastError: reason.slice(0, 1000),
        },
      });
      const next = job.attempts < MAX_ATTEMPTS ? "will retry" : "gave up";
      console.warn(`Notification mail ${job.id} failed (attempt ${job.attempts}, ${next}): ${reason}`);
    }
  }
  return { claimed: claimed.length, sent, failed };
}

async function deliver(job: Claimed, now: Date) {
  const person = await db.user.findUniqueOrThrow({
    where: { id: job.userId },
    select: { name: true, email: true, locale: true, deactivatedAt: true },
  });
  if (person.deactivatedAt) return markSent(job.id, now, "Not sent: the account is deactivated.");
  if (job.notificationId) {
    const item = await db.notification.findUniqueOrThrow({
      where: { id: job.notificationId },
      select: { message: true, path: true },
    });
    await sendMail(notificationMail(person, item));
    return markSent(job.id, now);
  }
  const items = await db.notification.findMany({
    where: { userId: job.userId, delivery: "DIGEST", digestedAt: null, readAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, message: true, path: true },
  });
  if (!items.length) return markSent(job.id, now, "Not sent: everything was read before the digest.");
  await sendMail(digestMail(person, items));
  await db.$transaction([
    db.notification.updateMany({
      where: { id: { in: items.map(({ id }) => id) } },
      data: { digestedAt: now },
    }),
    markSent(job.id, now),
  ]);
}

function markSent(id: string, now: Date, note?: string) {
  return db.mailOutbox.updateMany({
    where: { id, sentAt: null },
    data: { sentAt: now, lockedUntil: null, lastError: note ?? null },
  });
}
