import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { AccountTokenPurpose } from "@/lib/generated/prisma/enums";

const LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  CONFIRM_EMAIL: 24 * 60 * 60 * 1000,
  RESET_PASSWORD: 60 * 60 * 1000,
};

const hashOf = (secret: string) => crypto.createHash("sha256").update(secret).digest("hex");

// A new link's secret for this user and purpose. Only its hash is stored, and an
// earlier unused link of the same purpose stops working: the newest mail counts.
export async function issueAccountToken(userId: string, purpose: AccountTokenPurpose): Promise<string> {
  const secret = crypto.randomBytes(32).toString("base64url");
  await db.$transaction([
    db.accountToken.deleteMany({ where: { userId, purpose, usedAt: null } }),
    db.accountToken.create({
      data: {
        userId,
        purpose,
        tokenHash: hashOf(secret),
        expiresAt: new Date(Date.now() + LIFETIME_MS[purpose]),
      },
      select: { id: true },
    }),
  ]);
  return secret;
}

export type TokenCheck =
  { ok: true; userId: string } | { ok: false; problem: "unknown" | "used" | "expired" };

// Whether a link still works, without using it up (to show its form). Anything may
// arrive in a URL: what cannot be a secret is not looked up.
export async function checkAccountToken(secret: string, purpose: AccountTokenPurpose): Promise<TokenCheck> {
  if (!/^[\w-]{20,100}$/.test(secret)) return { ok: false, problem: "unknown" };
  const token = await db.accountToken.findUnique({
    where: { tokenHash: hashOf(secret) },
    select: { userId: true, purpose: true, usedAt: true, expiresAt: true },
  });
  if (!token || token.purpose !== purpose) return { ok: false, problem: "unknown" };
  if (token.usedAt) return { ok: false, problem: "used" };
  if (token.expiresAt <= new Date()) return { ok: false, problem: "expired" };
  return { ok: true, userId: token.userId };
}

// Uses a link up: of two clicks at the same instant, one wins.
export async function redeemAccountToken(secret: string, purpose: AccountTokenPurpose): Promise<TokenCheck> {
  const check = await checkAccountToken(secret, purpose);
  if (!check.ok) return check;
  const { count } = await db.accountToken.updateMany({
    where: { tokenHash: hashOf(secret), usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  return count === 1 ? check : { ok: false, problem: "used" };
}
