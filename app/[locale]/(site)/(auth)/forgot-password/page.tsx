import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { ForgotPasswordForm } from "./_components/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.forgotPassword");
  return { title: t("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("accounts.forgotPassword");
  return (
    <div className="max-w-md">
      <PageHeader title={t("title")} lead={t("lead")} />
      <ForgotPasswordForm />
      <p className="mt-6">{t.rich("remembered", { link: (text) => <Link href="/login">{text}</Link> })}</p>
    </div>
  );
}
