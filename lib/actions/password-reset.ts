"use server";

import { redirect } from "next/navigation";
import { issueAccountToken, redeemAccountToken } from "@/lib/auth/account-tokens";
import { takeMailAllowance } from "@/lib/auth/mail-limits";
import { hashPassword } from "@/lib/auth/passwords";
import { clearSignInFailures } from "@/lib/auth/rate-limit";
import { clientAddress } from "@/lib/client-address";
import { startSession } from "@/lib/auth/session";
import { deleteSessionRecordsOf } from "@/lib/auth/session-records";
import { db } from "@/lib/db";
import { failedForm } from "@/lib/form-state";
import { publicUrl } from "@/lib/public-url";
import { passwordChangedMail, resetPasswordMail } from "@/lib/mail/messages/accounts";
import { trySendMail } from "@/lib/mail/send";
import { ForgotPasswordSchema, ResetPasswordSchema } from "@/lib/validations/auth";
import { formAction } from "./action";

const RESET_REQUESTED =
  "If an account has this address, a link to choose a new password is on its way to it. The link works once, for 1 hour. Nothing came? Look in the spam folder, or ask again in a few minutes.";

// The same answer whether or not the address has an account, and whether or not
// the mail allowance let it go, so the form tells no one who is registered.
export const requestPasswordReset = formAction("visitor", ForgotPasswordSchema, async ({ email }) => {
  const wait = await takeMailAllowance(email, await clientAddress());
  const user = await db.user.findFirst({
    where: { email, deactivatedAt: null },
    select: { id: true, name: true },
  });
  if (user && wait === 0) {
    const secret = await issueAccountToken(user.id, "RESET_PASSWORD");
    await trySendMail(resetPasswordMail(email, user.name, publicUrl(`/reset-password?token=${secret}`)));
  }
  return { ok: true, message: RESET_REQUESTED, values: { email } };
});

const linkProblems = {
  unknown: "This link is not valid. Ask for a new one below.",
  used: "This link was already used. If you need to, ask for a new one below.",
  expired: "This link has expired (links last 1 hour). Ask for a new one below.",
};

// A new password ends every session of the account, then signs this browser in.
export const resetPassword = formAction("visitor", ResetPasswordSchema, async (input, _viewer, formData) => {
  const passwordHash = await hashPassword(input.newPassword);
  const result = await redeemAccountToken(input.token, "RESET_PASSWORD");
  if (!result.ok) return failedForm(formData, linkProblems[result.problem], { link: [result.problem] });
  const user = await db.user.update({
    where: { id: result.userId },
    data: { passwordHash },
    select: { id: true, name: true, email: true, role: true, deactivatedAt: true },
  });
  await deleteSessionRecordsOf(user.id);
  await clearSignInFailures(user.email);
  await trySendMail(passwordChangedMail(user.email, user.name));
  if (user.deactivatedAt) redirect("/login");
  await startSession(user.id, user.role);
  redirect("/account?notice=passwordReset");
});
