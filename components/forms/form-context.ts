"use client";

import { createContext, use } from "react";
import { initialFormState, type FormState } from "@/lib/form-state";

export const FormStateContext = createContext<FormState>(initialFormState);

// The state of the form around a field (ActionForm): its errors and what was sent, to refill it.
export function useFormState(): FormState {
  return use(FormStateContext);
}
