import { z } from "zod";
import { optional } from "./common";
import { msg } from "./messages";

// The forms managers and admins answer requests and manage members with.

const userId = z.string().trim().min(1).max(64);

const reason = z
  .string({ error: msg("reason.required") })
  .trim()
  .min(5, msg("reason.tooShort"))
  .max(500, msg("reason.tooLong"));

// The page the form is on (the account page or the organisation's admin page).
const returnTo = optional(z.string().max(200));

export const MembershipSchema = z.object({ userId, returnTo });

export const MembershipWithReasonSchema = z.object({ userId, reason, returnTo });

// Domains an organisation has proven, typed one per line or separated by commas.
export const EmailDomainsSchema = z.object({
  organisationId: z.string().trim().min(1).max(64),
  emailDomains: optional(z.string().max(2000, msg("organisation.emailDomainsTooLong")))
    .transform((text) => [
      ...new Set(
        (text ?? "")
          .split(/[\s,;]+/)
          .map((domain) => domain.trim().toLowerCase().replace(/^@/, ""))
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.string().regex(z.regexes.domain, msg("organisation.emailDomainInvalid")))
        .max(20, msg("organisation.emailDomainsTooMany")),
    ),
});
