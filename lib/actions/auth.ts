"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { redirect as nextRedirect } from "next/navigation";
import { z } from "zod";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { clientAddress } from "@/lib/client-address";
import { endSession, startSession } from "@/lib/auth/session";
import { deleteSessionRecordsOf } from "@/lib/auth/session-records";
import { authenticate } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { failedForm } from "@/lib/form-state";
import { passwordChangedMail } from "@/lib/mail/messages/accounts";
import { trySendMail } from "@/lib/mail/send";
import { revalidatePages } from "@/lib/revalidate";
import { ChangePasswordSchema, ProfileSchema, SignInSchema } from "@/lib/validations/auth";
import { safeReturnPath } from "@/lib/return-path";
import { redirect } from "@/i18n/navigation";
import { formAction } from "./action";

export const signIn = formAction("visitor", SignInSchema, async (input, _viewer, formData) => {
  const result = await authenticate({
    email: input.email,
    password: input.password,
    clientAddress: await clientAddress(),
  });
  if (!result.ok) {
    const t = await getTranslations("accounts.signIn");
    const message =
      result.reason === "rate-limited"
        ? t("rateLimited", { minutes: Math.ceil(result.retryAfterSeconds / 60) })
        : t("wrong");
    return failedForm(formData, message);
  }
  await startSession(result.user.id, result.user.role);
  // The return path already holds its language (a page under /fr comes back to /fr).
  nextRedirect(safeReturnPath(input.callbackUrl, "/account"));
});

export async function signOut(): Promise<void> {
  await endSession();
  redirect({ href: "/", locale: await getLocale() });
}

// Ends every session of the account, on every device, this one included.
export const signOutEverywhere = formAction("member", z.object({}), async (_input, user) => {
  await deleteSessionRecordsOf(user.id);
  await endSession();
  return redirect({ href: "/login?signedOut=everywhere", locale: await getLocale() });
});

export const updateProfile = formAction("member", ProfileSchema, async (input, user) => {
  await db.user.update({ where: { id: user.id }, data: { name: input.name } });
  // Public timelines name the admin who changed a status.
  revalidatePages("/account");
  const t = await getTranslations("accounts.profile");
  return { ok: true, message: t("saved"), values: { name: input.name } };
});

export const changePassword = formAction("member", ChangePasswordSchema, async (input, user, formData) => {
  const account = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { passwordHash: true },
  });
  const t = await getTranslations("accounts.password");
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    return failedForm(formData, t("notChanged"), { currentPassword: [t("notCurrent")] });
  }
  await db.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(input.newPassword) },
  });
  // Whoever knew the old password is signed out wherever they were; this browser stays.
  const ended = await deleteSessionRecordsOf(user.id, { except: user.session.id });
  await trySendMail(passwordChangedMail(user.email, user.name));
  return { ok: true, message: t("changed", { ended }) };
});
