"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { issueAccountToken, redeemAccountToken } from "@/lib/auth/account-tokens";
import { takeMailAllowance } from "@/lib/auth/mail-limits";
import { hashPassword } from "@/lib/auth/passwords";
import { clientAddress } from "@/lib/client-address";
import { refuse } from "@/lib/dal";
import { db } from "@/lib/db";
import { failedForm } from "@/lib/form-state";
import { publicUrl } from "@/lib/public-url";
import { addressAlreadyRegisteredMail, confirmEmailMail } from "@/lib/mail/messages/accounts";
import { trySendMail } from "@/lib/mail/send";
import { carryOutOrganisationPlan, planOrganisationChoice } from "@/lib/memberships/organisation-choice";
import { announceJoinRequest } from "@/lib/memberships/requests";
import { revalidatePages } from "@/lib/revalidate";
import { isUniqueViolation } from "@/lib/slugs";
import { ConfirmEmailSchema, RegisterSchema } from "@/lib/validations/auth";
import { takeRegistrationAttempt } from "@/lib/auth/rate-limit";
import { redirect } from "@/i18n/navigation";
import { formAction } from "./action";

// Registration answers the same whether or not the address has an account: a new
// account gets a confirmation link, an existing one's owner a warning, and either
// way the page says to look in the mailbox. Nobody is signed in by registering.
export const registerUser = formAction("visitor", RegisterSchema, async (input, _viewer, formData) => {
  const choice = await planOrganisationChoice(input);
  if ("problem" in choice) return failedForm(formData, choice.problem.message, choice.problem.errors);
  const wait = await takeRegistrationAttempt(await clientAddress());
  if (wait > 0) {
    const t = await getTranslations("accounts.register");
    return failedForm(formData, t("rateLimited", { minutes: Math.ceil(wait / 60) }));
  }
  const locale = await getLocale();

  // Hashed in both cases, so that the answer takes as long.
  const passwordHash = await hashPassword(input.password);
  const owner = await db.user.findUnique({ where: { email: input.email }, select: { name: true } });
  const allowed = (await takeMailAllowance(input.email, await clientAddress())) === 0;
  if (owner) {
    if (allowed) await trySendMail(addressAlreadyRegisteredMail(input.email, owner.name));
    return redirect({ href: "/register/check-email", locale });
  }

  let userId: string;
  try {
    userId = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, passwordHash },
        select: { id: true },
      });
      await carryOutOrganisationPlan(tx, user.id, choice.plan);
      return user.id;
    });
  } catch (error) {
    // The same address registered a moment ago by another request: answered alike.
    if (!isUniqueViolation(error, "email")) throw error;
    return redirect({ href: "/register/check-email", locale });
  }
  // A requested organisation is listed at once, marked unverified.
  if (choice.plan.kind === "found") revalidatePages("/organizations");
  if (allowed) await sendConfirmation(userId, input.email, input.name);
  return redirect({ href: "/register/check-email", locale });
});

async function sendConfirmation(userId: string, email: string, name: string | null) {
  const secret = await issueAccountToken(userId, "CONFIRM_EMAIL");
  return trySendMail(confirmEmailMail(email, name, publicUrl(`/confirm-email?token=${secret}`)));
}

const linkProblems = () => getTranslations("accounts.confirmEmail.problems");

// The link in the mail opens a page whose button posts here, so that a mail
// scanner following links cannot use it up.
export const confirmEmail = formAction(
  "visitor",
  ConfirmEmailSchema,
  async ({ token }, viewer, formData) => {
    const result = await redeemAccountToken(token, "CONFIRM_EMAIL");
    if (!result.ok) return failedForm(formData, (await linkProblems())(result.problem));
    await db.user.updateMany({
      where: { id: result.userId, emailVerified: null },
      data: { emailVerified: new Date() },
    });
    await announceJoinRequest(result.userId);
    revalidatePages("/account");
    return redirect({
      href: viewer?.id === result.userId ? "/account?confirmed=1" : "/login?confirmed=1",
      locale: await getLocale(),
    });
  },
  { invalid: async () => (await linkProblems())("unknown") },
);

export const resendConfirmation = formAction("member", z.object({}), async (_input, user) => {
  const t = await getTranslations("accounts.resend");
  if (user.emailConfirmed) refuse(t("alreadyConfirmed"));
  const wait = await takeMailAllowance(user.email, await clientAddress());
  if (wait > 0) refuse(t("rateLimited", { minutes: Math.ceil(wait / 60) }));
  if (!(await sendConfirmation(user.id, user.email, user.name))) refuse(t("mailFailed"));
  return { ok: true, message: t("sent", { email: user.email }) };
});
