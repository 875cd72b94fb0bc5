"use server";

import { redirect } from "next/navigation";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { endSession, startSession } from "@/lib/auth/session";
import { clientAddress } from "@/lib/client-address";
import { authenticate } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { failedForm, formDataObject, invalidForm, type FormState } from "@/lib/form-state";
import { revalidatePages } from "@/lib/revalidate";
import { availableSlug, isUniqueViolation, withUniqueSlug } from "@/lib/slugs";
import { ChangePasswordSchema, ProfileSchema, RegisterSchema, SignInSchema } from "@/lib/validations/auth";
import { safeReturnPath, signedInAction } from "./action";

export async function registerUser(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = RegisterSchema.safeParse(formDataObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const input = parsed.data;

  if (input.organisationChoice === "existing") {
    const organisation = await db.organisation.findFirst({
      where: { id: input.organisationId, mergedIntoId: null, verificationStatus: { not: "REJECTED" } },
      select: { id: true },
    });
    if (!organisation) {
      return failedForm(formData, "Choose your organisation again.", {
        organisationId: ["This organisation cannot take new members. Choose another or request a new one."],
      });
    }
  } else {
    const country = await db.country.findUnique({
      where: { code: input.newOrganisationCountry },
      select: { code: true },
    });
    if (!country) {
      return failedForm(formData, "Choose the organisation's country again.", {
        newOrganisationCountry: ["Choose a country from the list."],
      });
    }
  }

  const passwordHash = await hashPassword(input.password);
  let userId: string;
  try {
    userId = await db.$transaction(async (tx) => {
      const organisationId =
        input.organisationChoice === "existing"
          ? input.organisationId!
          : (await createRequestedOrganisation(tx, input)).id;
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, passwordHash, organisationId },
        select: { id: true },
      });
      return user.id;
    });
  } catch (error) {
    if (!isUniqueViolation(error, "email")) throw error;
    return failedForm(formData, "This e-mail address already has an account.", {
      email: ["An account with this e-mail address exists. Sign in instead, or use another address."],
    });
  }
  await startSession(userId, "MEMBER");
  // A requested organisation is listed at once, marked unverified.
  if (input.organisationChoice === "new") revalidatePages("/organizations");
  redirect("/account?welcome=1");
}

type Transaction = Parameters<Parameters<typeof db.$transaction>[0]>[0];

async function createRequestedOrganisation(
  tx: Transaction,
  input: {
    newOrganisationName?: string;
    newOrganisationKind?: string;
    newOrganisationCountry?: string;
    newOrganisationWebsite?: string;
  },
) {
  const name = input.newOrganisationName!;
  const slug = await availableSlug(name, async (prefix) =>
    (await tx.organisation.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } })).map(
      (row) => row.slug,
    ),
  );
  return withUniqueSlug(slug, (free) =>
    tx.organisation.create({
      data: {
        slug: free,
        name,
        kind: input.newOrganisationKind as never,
        countryCode: input.newOrganisationCountry,
        website: input.newOrganisationWebsite,
        verificationStatus: "UNVERIFIED",
      },
      select: { id: true },
    }),
  );
}

export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = SignInSchema.safeParse(formDataObject(formData));
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const result = await authenticate({
    email: parsed.data.email,
    password: parsed.data.password,
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
  redirect(safeReturnPath(parsed.data.callbackUrl, "/account"));
}

export async function signOut(): Promise<void> {
  await endSession();
  redirect("/");
}

export const updateProfile = signedInAction(ProfileSchema, async (input, user) => {
  await db.user.update({ where: { id: user.id }, data: { name: input.name } });
  // Public timelines name the admin who changed a status.
  revalidatePages("/account");
  return { ok: true, message: "Your profile is saved.", values: { name: input.name } };
});

export const changePassword = signedInAction(ChangePasswordSchema, async (input, user, formData) => {
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
  return { ok: true, message: "Your password is changed." };
});
