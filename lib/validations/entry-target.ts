import { z } from "zod";
import { optional } from "./common";
import { msg } from "./messages";

// The entry a form names in its hidden fields: a project or a recommendation, never both.
export type EntryTarget = { projectId: string } | { recommendationId: string };

type TargetFields = { projectId?: string; recommendationId?: string };

const id = optional(z.string().trim().max(64));

// Adds the target fields to a form's own fields and reads them as one `target`.
export function withEntryTarget<Shape extends z.ZodRawShape>(shape: Shape) {
  return z
    .object({ projectId: id, recommendationId: id, ...shape })
    .refine((input) => {
      const { projectId, recommendationId } = input as TargetFields;
      return Boolean(projectId) !== Boolean(recommendationId);
    }, msg("entryTarget"))
    .transform((input) => {
      const { projectId, recommendationId, ...rest } = input as TargetFields & z.output<z.ZodObject<Shape>>;
      const target: EntryTarget = projectId ? { projectId } : { recommendationId: recommendationId! };
      return { ...(rest as z.output<z.ZodObject<Shape>>), target };
    });
}
