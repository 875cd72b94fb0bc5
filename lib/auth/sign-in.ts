import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { verifyPassword } from "./passwords";
import { settleSignIn, takeSignInAttempt } from "./rate-limit";

export type SignInResult =
  | { ok: true; user: { id: string; name: string | null; email: string; role: Role } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

// Shared by the sign-in form and next-auth's credentials provider. The answer
// never tells whether the e-mail has an account.
export async function authenticate(input: {
  email: string;
  password: string;
  clientAddress: string;
}): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const retryAfterSeconds = await takeSignInAttempt(email, input.clientAddress);
  if (retryAfterSeconds > 0) return { ok: false, reason: "rate-limited", retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, passwordHash: true, deactivatedAt: true },
  });
  const passwordMatches = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !passwordMatches || user.deactivatedAt) return { ok: false, reason: "invalid" };
  await settleSignIn(email, input.clientAddress);
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role } };
}
