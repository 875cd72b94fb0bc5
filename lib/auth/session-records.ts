import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { SESSION_MAX_AGE } from "./cookie";

// Every session, the portal's sign-in's and next-auth's alike, is a row: the token
// names it (sid) and the per-request user read joins it (lib/dal.ts), so deleting
// the row ends the session even for a copy of the token kept elsewhere.
export async function createSessionRecord(userId: string): Promise<string> {
  const sessionToken = crypto.randomBytes(32).toString("base64url");
  const now = new Date();
  await db.$transaction([
    // The user's sessions that ended by themselves go when they sign in again.
    db.session.deleteMany({ where: { userId, expires: { lt: now } } }),
    db.session.create({
      data: { sessionToken, userId, expires: new Date(now.getTime() + SESSION_MAX_AGE * 1000) },
      select: { id: true },
    }),
  ]);
  return sessionToken;
}

export async function deleteSessionRecord(sessionToken: string) {
  await db.session.deleteMany({ where: { sessionToken } });
}

// Signs the user out everywhere, except in the session given (the one asking).
export async function deleteSessionRecordsOf(userId: string, { except }: { except?: string | null } = {}) {
  const { count } = await db.session.deleteMany({
    where: { userId, ...(except ? { sessionToken: { not: except } } : {}) },
  });
  return count;
}

// next-auth renews its token on every /api/auth/session call; the row follows, at
// most once a day, so that cleaning ended rows never ends a living session.
export async function extendSessionRecord(sessionToken: string, expires: Date) {
  const renewed = new Date(Date.now() + SESSION_MAX_AGE * 1000);
  if (renewed.getTime() - expires.getTime() < 24 * 60 * 60 * 1000) return;
  await db.session.updateMany({ where: { sessionToken }, data: { expires: renewed } });
}
