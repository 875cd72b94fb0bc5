import "server-only";
import { cookies } from "next/headers";
import type { Role } from "@/lib/generated/prisma/enums";
import { SESSION_MAX_AGE, sessionCookie } from "./cookie";
import { createSessionRecord, deleteSessionRecord } from "./session-records";
import { decodeSessionToken, encodeSessionToken, type SessionClaims } from "./session-token";

export async function startSession(userId: string, role: Role) {
  const sessionId = await createSessionRecord(userId);
  const token = await encodeSessionToken(userId, role, sessionId);
  const jar = await cookies();
  jar.set(sessionCookie.name, token, { ...sessionCookie.options, maxAge: SESSION_MAX_AGE });
}

// Ends the session on the server too: the same token, replayed, is a visitor's.
export async function endSession() {
  const claims = await sessionClaims();
  if (claims?.sessionId) await deleteSessionRecord(claims.sessionId);
  const jar = await cookies();
  jar.delete(sessionCookie.name);
}

// What the session cookie claims; whether its session still exists is for the
// database to say (getCurrentUser in lib/dal.ts).
export async function sessionClaims(): Promise<SessionClaims | null> {
  return decodeSessionToken((await cookies()).get(sessionCookie.name)?.value);
}
