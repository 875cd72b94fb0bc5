import { z } from "zod";
import { withEntryTarget } from "./entry-target";

export const STATEMENT_MAX_LENGTH = 500;

export const EndorseSchema = withEntryTarget({
  statement: z
    .string()
    .trim()
    .max(STATEMENT_MAX_LENGTH, `Shorten the statement to at most ${STATEMENT_MAX_LENGTH} characters.`)
    .optional()
    .transform((statement) => statement || null),
});

export const WithdrawEndorsementSchema = withEntryTarget({});
