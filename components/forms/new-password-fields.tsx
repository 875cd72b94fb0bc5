import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/fields";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/auth";

// A new password, typed twice: changing it on the account page and resetting it.
export function NewPasswordFields({ hint }: { hint?: string }) {
  const t = useTranslations("forms");
  const lengthHint = t("passwordHint", { min: PASSWORD_MIN_LENGTH });
  return (
    <>
      <TextField
        name="newPassword"
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        required
        hint={hint ? `${lengthHint} ${hint}` : lengthHint}
      />
      <TextField
        name="confirmPassword"
        label={t("newPasswordAgain")}
        type="password"
        autoComplete="new-password"
        required
      />
    </>
  );
}
