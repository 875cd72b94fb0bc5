import "server-only";
import { cookies } from "next/headers";
import { viewerKindOf } from "@/lib/cached-pages";
import type { Role } from "@/lib/generated/prisma/enums";
import { SESSION_MAX_AGE, sessionCookie, viewerHintCookie } from "./cookie";
import { decodeSessionToken, encodeSessionToken } from "./session-token";

export async function startSession(userId: string, role: Role) {
  const token = await encodeSessionToken(userId, role);
  const jar = await cookies();
  jar.set(sessionCookie.name, token, { ...sessionCookie.options, maxAge: SESSION_MAX_AGE });
  jar.set(viewerHintCookie.name, viewerKindOf(role), {
    ...viewerHintCookie.options,
    maxAge: SESSION_MAX_AGE,
  });
}

export async function endSession() {
  const jar = await cookies();
  jar.delete(sessionCookie.name);
  jar.delete(viewerHintCookie.name);
}

export async function sessionUserId(): Promise<string | null> {
  const claims = await decodeSessionToken((await cookies()).get(sessionCookie.name)?.value);
  return claims?.userId ?? null;
}
