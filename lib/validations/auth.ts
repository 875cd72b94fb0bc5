import { z } from "zod";
import { httpUrl, optional } from "./common";
import { commonPasswords } from "./common-passwords";
import { msg, type ValidationKey } from "./messages";

export const PASSWORD_MIN_LENGTH = 12;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, msg("email.required"))
  .max(254, msg("email.tooLong"))
  .pipe(z.email(msg("email.invalid")));

export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, msg("password.tooShort"))
  .max(200, msg("password.tooLong"))
  .refine((password) => !commonPasswords.has(password.toLowerCase()), {
    message: msg("password.common"),
  })
  .refine((password) => new Set(password).size > 3, {
    message: msg("password.repetitive"),
  });

const personName = z.string().trim().min(2, msg("name.required")).max(120, msg("name.tooLong"));

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
  { error: msg("organisation.kindRequired") },
);

// The organisation a person acts for: one already listed (they ask to join it), or a
// request for a new one (unverified until an admin checks it; they manage it).
const organisationChoiceFields = {
  organisationChoice: z.enum(["existing", "new"], {
    error: msg("organisation.choice"),
  }),
  organisationId: optional(z.string().max(64)),
  newOrganisationName: optional(
    z.string().trim().min(3, msg("organisation.nameRequired")).max(200, msg("organisation.nameTooLong")),
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
  const missing = (path: string, message: ValidationKey) =>
    context.addIssue({ code: "custom", path: [path], message });
  if (input.organisationChoice === "existing") {
    if (!input.organisationId) missing("organisationId", "organisation.existingRequired");
    return;
  }
  if (!input.newOrganisationName) missing("newOrganisationName", "organisation.nameRequired");
  if (!input.newOrganisationKind) missing("newOrganisationKind", "organisation.kindRequired");
  if (!input.newOrganisationCountry) missing("newOrganisationCountry", "organisation.countryRequired");
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
  password: z.string().min(1, msg("password.required")).max(200, msg("password.tooLong")),
  callbackUrl: optional(z.string().max(500)),
});

export const ProfileSchema = z.object({ name: personName });

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, msg("password.currentRequired")).max(200, msg("password.tooLong")),
    newPassword: NewPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: msg("password.mismatch"),
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: msg("password.unchanged"),
  });

// The secret of an e-mailed link, as it comes back in a form.
const linkToken = z.string().trim().min(20, msg("link.incomplete")).max(100, msg("link.invalid"));

export const ConfirmEmailSchema = z.object({ token: linkToken });

export const ForgotPasswordSchema = z.object({ email });

export const ResetPasswordSchema = z
  .object({ token: linkToken, newPassword: NewPasswordSchema, confirmPassword: z.string() })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: msg("password.mismatch"),
  });
