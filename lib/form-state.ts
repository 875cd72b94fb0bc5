// What a form action returns to its form: field errors next to the fields, a
// message for the whole form, and what was sent, so the form can be refilled.
export type FormState = {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string[] | undefined>;
  values?: Record<string, string | string[]>;
};

export const initialFormState: FormState = {};

// Fields a form never sends back to the browser.
const SECRET_FIELD = /password/i;

// FormData as a plain object: a repeated name (checkboxes, multiple selects) becomes
// an array; Next's own $ACTION fields are dropped.
export function formDataObject(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length === 1 ? all[0] : all;
  }
  return values;
}

export function failedForm(formData: FormData, message: string, errors?: FormState["errors"]): FormState {
  return { ok: false, message, errors, values: submittedValues(formData) };
}

export function submittedValues(formData: FormData) {
  return Object.fromEntries(
    Object.entries(formDataObject(formData)).filter(([key]) => !SECRET_FIELD.test(key)),
  );
}

// The value to refill a field with: what was just sent, else the saved value.
export function valueOf(state: FormState, name: string, saved?: string | null): string {
  const sent = state.values?.[name];
  if (sent !== undefined) return Array.isArray(sent) ? (sent[0] ?? "") : sent;
  return saved ?? "";
}

export function valuesOf(state: FormState, name: string, saved: readonly string[] = []): string[] {
  if (!state.values) return [...saved];
  const sent = state.values[name];
  return sent === undefined ? [] : Array.isArray(sent) ? sent : [sent];
}
