import { z } from "zod";
import { withEntryTarget } from "./entry-target";
import { msg } from "./messages";

export const STATEMENT_MAX_LENGTH = 500;

export const EndorseSchema = withEntryTarget({
  statement: z
    .string()
    .trim()
    .max(STATEMENT_MAX_LENGTH, msg("endorsement.statementTooLong"))
    .optional()
    .transform((statement) => statement || null),
});

export const WithdrawEndorsementSchema = withEntryTarget({});
