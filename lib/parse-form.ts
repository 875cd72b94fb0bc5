import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { submittedValues, formDataObject, type FormState } from "@/lib/form-state";
import { SavableFieldsSchema } from "@/lib/validations/common";
import { translatedFieldErrors } from "@/lib/validations/translate";

// A form's fields through its schema, after the check every form shares: the fields
// the schema refuses, and those holding what cannot be saved, each with its message
// in the language of the request.
export async function parseForm<Schema extends z.ZodType>(
  schema: Schema,
  formData: FormData,
): Promise<{ success: true; data: z.output<Schema> } | { success: false; state: FormState }> {
  const fields = formDataObject(formData);
  const savable = SavableFieldsSchema.safeParse(fields);
  const parsed = schema.safeParse(fields);
  if (savable.success && parsed.success) return { success: true, data: parsed.data };
  const [t, tForms] = await Promise.all([getTranslations("validation"), getTranslations("forms")]);
  return {
    success: false,
    state: {
      ok: false,
      message: tForms("needsAttention"),
      errors: {
        ...(parsed.success ? {} : translatedFieldErrors(parsed.error, t)),
        ...(savable.success ? {} : translatedFieldErrors(savable.error, t)),
      },
      values: submittedValues(formData),
    },
  };
}
