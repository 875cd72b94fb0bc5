import { z } from "zod";

type Translate = {
  (key: string, values?: Record<string, string | number | Date>): string;
  has(key: string): boolean;
};

// One zod issue in the reader's language: its message is a key of the "validation"
// namespace (lib/validations/messages.ts), filled with the check's limits and the
// refinement's params. zod's own messages (on fields no form lets anyone get wrong, such
// as hidden ids) read as a plain "not valid".
export function translateIssue(issue: z.core.$ZodIssue, t: Translate): string {
  if (!t.has(issue.message)) return t("invalid");
  const values: Record<string, string | number | Date> = {};
  if (issue.code === "too_small") values.min = Number(issue.minimum);
  if (issue.code === "too_big") values.max = Number(issue.maximum);
  if (issue.code === "custom") Object.assign(values, issue.params);
  return t(issue.message, values);
}

// A failed parse as the form shows it: each field's messages, translated.
export function translatedFieldErrors(error: z.ZodError, t: Translate): Record<string, string[]> {
  return z.flattenError(error, (issue) => translateIssue(issue, t)).fieldErrors as Record<string, string[]>;
}
