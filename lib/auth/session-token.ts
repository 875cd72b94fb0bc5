import { LRUCache } from "lru-cache";
import { decode, encode } from "next-auth/jwt";
import type { Role } from "@/lib/generated/prisma/enums";
import { SESSION_MAX_AGE } from "./cookie";
import { authSecret } from "./secret";

// A session token carries the user's id, the role they signed in with (next-auth's
// own endpoints show it; nothing decides by it) and the session's own id (sid, its row
// in the Session table). Pages and actions re-read role and organisation, and find the
// session's row, in the database, so a change or a sign-out takes effect at once.
export type SessionClaims = { userId: string; admin: boolean; sessionId: string | null };

export function encodeSessionToken(userId: string, role: Role, sessionId: string): Promise<string> {
  return encode({
    token: { sub: userId, role, sid: sessionId },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE,
  });
}

// Decrypting a token (a key derivation and AES-GCM) costs about what a cached page
// does, and a member sends the same token with every request (/api/viewer among them):
// valid tokens are remembered until they expire. A token's claims never change, so
// this holds nothing a database read would correct (whether the session still
// exists is asked of the database on every request); invalid tokens are not kept.
const decodedTokens = new LRUCache<string, SessionClaims & { expiresAt: number }>({ max: 10_000 });

export async function decodeSessionToken(token: string | undefined): Promise<SessionClaims | null> {
  if (!token) return null;
  const known = decodedTokens.get(token);
  if (known && known.expiresAt > Date.now())
    return { userId: known.userId, admin: known.admin, sessionId: known.sessionId };
  // An expired, tampered or foreign token is simply no session.
  const payload = await decode({ token, secret: authSecret() }).catch(() => null);
  if (typeof payload?.sub !== "string" || typeof payload.exp !== "number") return null;
  const claims = {
    userId: payload.sub,
    admin: payload.role === "ADMIN",
    sessionId: typeof payload.sid === "string" ? payload.sid : null,
  };
  decodedTokens.set(token, { ...claims, expiresAt: payload.exp * 1000 });
  return claims;
}
