import "server-only";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { SESSION_MAX_AGE, sessionCookie } from "./cookie";
import { authSecret } from "./secret";

// The token carries only the user's id: role and organisation are re-read from
// the database on every request, so a change takes effect at once.
export async function startSession(userId: string) {
  const token = await encode({ token: { sub: userId }, secret: authSecret(), maxAge: SESSION_MAX_AGE });
  (await cookies()).set(sessionCookie.name, token, { ...sessionCookie.options, maxAge: SESSION_MAX_AGE });
}

export async function endSession() {
  (await cookies()).delete(sessionCookie.name);
}

export async function sessionUserId(): Promise<string | null> {
  const token = (await cookies()).get(sessionCookie.name)?.value;
  if (!token) return null;
  // An expired, tampered or foreign token is simply no session.
  const payload = await decode({ token, secret: authSecret() }).catch(() => null);
  return typeof payload?.sub === "string" ? payload.sub : null;
}
