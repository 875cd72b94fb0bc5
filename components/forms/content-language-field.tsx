import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/fields";

// The language an entry is written in (its `language`, lib/languages.ts), as every entry
// form asks for it. The options come from the server (languageOptions), so that the
// names and their order are the page's, not the browser's own ICU data.
export function ContentLanguageField({
  defaultValue,
  options,
}: {
  defaultValue?: string;
  options: { value: string; label: string }[];
}) {
  const t = useTranslations("forms.contentLanguage");
  return (
    <SelectField
      name="language"
      defaultValue={defaultValue}
      label={t("label")}
      hint={t("hint")}
      options={options}
      emptyLabel={t("choose")}
      required
    />
  );
}
