"use server";

import { redirect } from "next/navigation";
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
import { formAction } from "./action";

export const signIn = formAction("visitor", SignInSchema, async (input, _viewer, formData) => {
  const result = await authenticate({
    email: input.email,
    password: input.password,
    clientAddress: await clientAddress(),
  });
  if (!result.ok) {
    const message =
      result.reason === "rate-limited"
        ? `Too many sign-in attempts. Wait ${Math.ceil(result.retryAfterSeconds / 60)} minutes and try again.`
        : "The e-mail address or the password is not right.";
    return failedForm(formData, message);
  }
  await startSession(result.user.id, result.user.role);
  redirect(safeReturnPath(input.callbackUrl, "/account"));
});

export async function signOut(): Promise<void> {
  await endSession();
  redirect("/");
}

// Ends every session of the account, on every device, this one included.
export const signOutEverywhere = formAction("member", z.object({}), async (_input, user) => {
  await deleteSessionRecordsOf(user.id);
  await endSession();
  redirect("/login?signedOut=everywhere");
});

export const updateProfile = formAction("member", ProfileSchema, async (input, user) => {
  await db.user.update({ where: { id: user.id }, data: { name: input.name } });
  // Public timelines name the admin who changed a status.
  revalidatePages("/account");
  return { ok: true, message: "Your profile is saved.", values: { name: input.name } };
});

export const changePassword = formAction("member", ChangePasswordSchema, async (input, user, formData) => {
  const account = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    return failedForm(formData, "Your password was not changed.", {
      currentPassword: ["This is not your current password."],
    });
  }
  await db.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(input.newPassword) },
  });
  // Whoever knew the old password is signed out wherever they were; this browser stays.
  const ended = await deleteSessionRecordsOf(user.id, { except: user.session.id });
  await trySendMail(passwordChangedMail(user.email, user.name));
  return {
    ok: true,
    message: `Your password is changed${ended ? `, and your ${ended === 1 ? "other session was" : `${ended} other sessions were`} signed out` : ""}.`,
  };
});
