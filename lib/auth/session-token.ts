import { decode, encode } from "next-auth/jwt";
import type { Role } from "@/lib/generated/prisma/enums";
import { SESSION_MAX_AGE } from "./cookie";
import { authSecret } from "./secret";

// A session token carries the user's id and the role they signed in with. The role
// only picks which copy of a public page proxy.ts serves (an admin's has the admin
// link); pages and actions re-read role and organisation from the database,
// so a change takes effect at once.
export type SessionClaims = { userId: string; admin: boolean };

export function encodeSessionToken(userId: string, role: Role): Promise<string> {
  return encode({ token: { sub: userId, role }, secret: authSecret(), maxAge: SESSION_MAX_AGE });
}

export async function decodeSessionToken(token: string | undefined): Promise<SessionClaims | null> {
  if (!token) return null;
  // An expired, tampered or foreign token is simply no session.
  const payload = await decode({ token, secret: authSecret() }).catch(() => null);
  if (typeof payload?.sub !== "string") return null;
  return { userId: payload.sub, admin: payload.role === "ADMIN" };
}
