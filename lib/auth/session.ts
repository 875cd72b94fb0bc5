import "server-only";
import { cookies } from "next/headers";
import type { Role } from "@/lib/generated/prisma/enums";
import { SESSION_MAX_AGE, sessionCookie } from "./cookie";
import { decodeSessionToken, encodeSessionToken } from "./session-token";

export async function startSession(userId: string, role: Role) {
  const token = await encodeSessionToken(userId, role);
  (await cookies()).set(sessionCookie.name, token, { ...sessionCookie.options, maxAge: SESSION_MAX_AGE });
}

export async function endSession() {
  (await cookies()).delete(sessionCookie.name);
}

export async function sessionUserId(): Promise<string | null> {
  const claims = await decodeSessionToken((await cookies()).get(sessionCookie.name)?.value);
  return claims?.userId ?? null;
}
