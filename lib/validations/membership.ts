import { z } from "zod";
import { optional } from "./common";

// The forms managers and admins answer requests and manage members with.

const userId = z.string().trim().min(1).max(64);

const reason = z
  .string({ error: "Say why, in a sentence: the person is told." })
  .trim()
  .min(5, "Say why, in a sentence (at least 5 characters): the person is told.")
  .max(500, "Shorten the reason to at most 500 characters.");

// The page the form is on (the account page or the organisation's admin page).
const returnTo = optional(z.string().max(200));

export const MembershipSchema = z.object({ userId, returnTo });

export const MembershipWithReasonSchema = z.object({ userId, reason, returnTo });

// Domains an organisation has proven, typed one per line or separated by commas.
export const EmailDomainsSchema = z.object({
  organisationId: z.string().trim().min(1).max(64),
  emailDomains: optional(z.string().max(2000, "List at most a few dozen domains."))
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
        .array(
          z.string().regex(z.regexes.domain, "Enter domains such as culture.gov.pl, without https:// or @."),
        )
        .max(20, "List at most 20 domains."),
    ),
});
