import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/fields";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { Section } from "@/components/ui/section";
import { routing } from "@/i18n/routing";
import { changePassword, signOutEverywhere, updateProfile } from "@/lib/actions/auth";
import { saveMailLanguage } from "@/lib/actions/notifications";
import { languageName } from "@/lib/languages";

// The person's own settings: profile, mail language, password and sessions.
export async function AccountSettings({ name, locale }: { name: string; locale: string }) {
  const [t, tMail] = await Promise.all([
    getTranslations("accounts"),
    getTranslations("notifications.mailLanguage"),
  ]);
  // Each language in its own name ("Deutsch", "한국어"), so anyone finds theirs.
  const languages = routing.locales.map((value) => ({ value, label: languageName(value, value) }));
  return (
    <>
      <Section id="profile-heading" title={t("profile.heading")} className="mb-8">
        <ActionForm
          action={updateProfile}
          submit={{ label: t("profile.submit"), pendingLabel: t("profile.pending") }}
          className="flex max-w-md flex-col gap-4"
        >
          <TextField
            name="name"
            label={t("fields.yourName")}
            autoComplete="name"
            required
            defaultValue={name}
          />
        </ActionForm>
      </Section>
      <Section id="mail-language-heading" title={tMail("heading")} className="mb-8">
        <ActionForm
          action={saveMailLanguage}
          submit={{ label: tMail("save"), pendingLabel: tMail("saving") }}
          className="flex max-w-md flex-col gap-4"
        >
          <SelectField
            name="locale"
            label={tMail("label")}
            hint={tMail("hint")}
            options={languages}
            emptyLabel={tMail("choose")}
            defaultValue={locale}
            required
          />
        </ActionForm>
      </Section>
      <Section
        id="password-heading"
        title={t("password.heading")}
        lead={t("password.explanation")}
        className="mb-8"
      >
        <ActionForm
          action={changePassword}
          submit={{ label: t("password.submit"), pendingLabel: t("password.pending") }}
          className="flex max-w-md flex-col gap-4"
        >
          <TextField
            name="currentPassword"
            label={t("fields.currentPassword")}
            type="password"
            autoComplete="current-password"
            required
          />
          <NewPasswordFields />
        </ActionForm>
      </Section>
      <Section id="sessions-heading" title={t("sessions.heading")} lead={t("sessions.explanation")}>
        <ActionForm
          action={signOutEverywhere}
          submit={{ label: t("sessions.submit"), pendingLabel: t("sessions.pending"), tone: "secondary" }}
          className="flex flex-col gap-2"
        />
      </Section>
    </>
  );
}
