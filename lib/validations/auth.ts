import { z } from "zod";
import { httpUrl, optional } from "./common";
import { commonPasswords } from "./common-passwords";

export const PASSWORD_MIN_LENGTH = 12;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your e-mail address.")
  .max(254, "An e-mail address has at most 254 characters.")
  .pipe(z.email("Enter an e-mail address such as name@example.org."));

export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(200, "Use at most 200 characters.")
  .refine((password) => !commonPasswords.has(password.toLowerCase()), {
    message: "This password is one of the most common ones; choose one that is harder to guess.",
  })
  .refine((password) => new Set(password).size > 3, {
    message: "This password repeats too few characters; choose one that is harder to guess.",
  });

const personName = z
  .string()
  .trim()
  .min(2, "Enter your name.")
  .max(120, "A name has at most 120 characters.");

export const OrganisationKindSchema = z.enum(
  [
    "NGO_OR_ASSOCIATION",
    "MINISTRY_OF_CULTURE",
    "MINISTRY_OF_EDUCATION",
    "MINISTRY_OF_FOREIGN_AFFAIRS",
    "CITY_ADMINISTRATION",
    "FOUNDATION",
    "CULTURAL_INSTITUTION",
    "UNIVERSITY",
    "INTERGOVERNMENTAL",
  ],
  { error: "Choose the kind of organisation." },
);

// The organisation a person acts for: one already listed (they ask to join it), or a
// request for a new one (unverified until an admin checks it; they manage it).
const organisationChoiceFields = {
  organisationChoice: z.enum(["existing", "new"], {
    error: "Choose your organisation or request a new one.",
  }),
  organisationId: optional(z.string().max(64)),
  newOrganisationName: optional(
    z.string().trim().min(3, "Enter the organisation's name.").max(200, "At most 200 characters."),
  ),
  newOrganisationKind: optional(OrganisationKindSchema),
  newOrganisationCountry: optional(z.string().trim().max(8)),
  newOrganisationWebsite: optional(httpUrl),
};

type OrganisationChoice = {
  organisationChoice: "existing" | "new";
  organisationId?: string;
  newOrganisationName?: string;
  newOrganisationKind?: string;
  newOrganisationCountry?: string;
};

function requireChosenOrganisation(input: OrganisationChoice, context: z.RefinementCtx) {
  const missing = (path: string, message: string) =>
    context.addIssue({ code: "custom", path: [path], message });
  if (input.organisationChoice === "existing") {
    if (!input.organisationId) missing("organisationId", "Choose your organisation from the list.");
    return;
  }
  if (!input.newOrganisationName) missing("newOrganisationName", "Enter the organisation's name.");
  if (!input.newOrganisationKind) missing("newOrganisationKind", "Choose the kind of organisation.");
  if (!input.newOrganisationCountry) missing("newOrganisationCountry", "Choose the organisation's country.");
}

export const JoinOrganisationSchema = z
  .object(organisationChoiceFields)
  .superRefine(requireChosenOrganisation);

export type JoinOrganisationInput = z.output<typeof JoinOrganisationSchema>;

export const RegisterSchema = z
  .object({ name: personName, email, password: NewPasswordSchema, ...organisationChoiceFields })
  .superRefine(requireChosenOrganisation);

export const SignInSchema = z.object({
  email,
  password: z.string().min(1, "Enter your password.").max(200, "Use at most 200 characters."),
  callbackUrl: optional(z.string().max(500)),
});

export const ProfileSchema = z.object({ name: personName });

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200),
    newPassword: NewPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ.",
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one.",
  });

// The secret of an e-mailed link, as it comes back in a form.
const linkToken = z.string().trim().min(20, "This link is incomplete.").max(100, "This link is not valid.");

export const ConfirmEmailSchema = z.object({ token: linkToken });

export const ForgotPasswordSchema = z.object({ email });

export const ResetPasswordSchema = z
  .object({ token: linkToken, newPassword: NewPasswordSchema, confirmPassword: z.string() })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ.",
  });
