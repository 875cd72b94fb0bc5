import { z } from "zod";

// Pieces shared by every form's schema.

export const httpUrl = z
  .string()
  .trim()
  .max(500, "A web address has at most 500 characters.")
  .pipe(
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: "Enter a web address starting with http:// or https://.",
    }),
  );

// An empty optional field arrives as "": read it as absent.
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

// A repeated field (checkboxes, a multiple select) arrives as nothing, one string or
// several: read it as a list without blanks or repeats.
export const list = <T extends z.ZodType>(schema: z.ZodArray<T>) =>
  z.preprocess((value) => {
    const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
    return [...new Set(values.filter((item) => item !== ""))];
  }, schema);
