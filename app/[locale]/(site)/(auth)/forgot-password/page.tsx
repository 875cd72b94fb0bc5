import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { requestPasswordReset } from "@/lib/actions/password-reset";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.forgotPassword");
  return { title: t("title") };
}

export default async function ForgotPasswordPage() {
  const [t, tFields] = await Promise.all([
    getTranslations("accounts.forgotPassword"),
    getTranslations("accounts.fields"),
  ]);
  return (
    <div className="max-w-md">
      <PageHeader title={t("title")} lead={t("lead")} />
      <ActionForm
        action={requestPasswordReset}
        submit={{ label: t("submit"), pendingLabel: t("pending") }}
        className="flex flex-col gap-4"
      >
        <TextField name="email" label={tFields("email")} type="email" autoComplete="email" required />
      </ActionForm>
      <p className="mt-6">{t.rich("remembered", { link: (text) => <Link href="/login">{text}</Link> })}</p>
    </div>
  );
}
