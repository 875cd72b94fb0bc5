import type { NestedKeyOf } from "next-intl";
import type english from "@/messages/en/validation.json";

// How every form's checks speak, in every language: a schema's message is a key of
// messages/<locale>/validation.json, written msg("email.required"), never a sentence.
// The one place that reads a failed form (lib/parse-form.ts, through translateIssue in
// lib/validations/translate.ts) turns each key into the request's language, filling
// {min} and {max} from the check (`.min(12, msg("password.tooShort"))`) and other
// placeholders from a refinement's params (`{ message: msg(…), params: { slugs } }`).
export type ValidationKey = NestedKeyOf<typeof english>;

// Typed, so a key that does not exist fails the type check rather than showing as text.
export const msg = (key: ValidationKey) => key;
