"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
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
  const t = await getTranslations("accounts.forgotPassword");
  return { ok: true, message: t("requested"), values: { email } };
});

// A new password ends every session of the account, then signs this browser in.
export const resetPassword = formAction("visitor", ResetPasswordSchema, async (input, _viewer, formData) => {
  const passwordHash = await hashPassword(input.newPassword);
  const result = await redeemAccountToken(input.token, "RESET_PASSWORD");
  if (!result.ok) {
    const t = await getTranslations("accounts.resetPassword.formProblems");
    return failedForm(formData, t(result.problem), { link: [result.problem] });
  }
  const user = await db.user.update({
    where: { id: result.userId },
    data: { passwordHash },
    select: { id: true, name: true, email: true, role: true, deactivatedAt: true },
  });
  await deleteSessionRecordsOf(user.id);
  await clearSignInFailures(user.email);
  await trySendMail(passwordChangedMail(user.email, user.name));
  const locale = await getLocale();
  if (user.deactivatedAt) return redirect({ href: "/login", locale });
  await startSession(user.id, user.role);
  return redirect({ href: "/account?notice=passwordReset", locale });
});
