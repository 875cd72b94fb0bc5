import { z } from "zod";
import { msg } from "./messages";

// Pieces shared by every form's schema.

export const httpUrl = z
  .string()
  .trim()
  .max(500, msg("url.tooLong"))
  .pipe(
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: msg("url.invalid"),
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

// Postgres text cannot hold a NUL byte; a lone surrogate is no character, and U+FFFD is
// what a broken encoding (or a lone surrogate in FormData) turns into.
const UNSAVABLE = /[\u0000\ud800-\udfff\ufffd]/u;

// Every field of every form, checked once before the form's own schema.
export const SavableFieldsSchema = z
  .record(z.string(), z.union([z.string(), z.array(z.string())]))
  .superRefine((fields, context) => {
    for (const [name, value] of Object.entries(fields))
      if ([value].flat().some((text) => UNSAVABLE.test(text)))
        context.addIssue({
          code: "custom",
          path: [name],
          message: msg("unsavable"),
        });
  });
