import { TextField } from "@/components/forms/fields";
import type { FormState } from "@/lib/form-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/auth";

// A new password, typed twice: changing it on the account page and resetting it.
export function NewPasswordFields({ state, hint }: { state: FormState; hint?: string }) {
  return (
    <>
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.${hint ? ` ${hint}` : ""}`}
        errors={state.errors?.newPassword}
      />
      <TextField
        name="confirmPassword"
        label="New password, again"
        type="password"
        autoComplete="new-password"
        required
        errors={state.errors?.confirmPassword}
      />
    </>
  );
}
