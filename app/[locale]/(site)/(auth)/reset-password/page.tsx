import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { checkAccountToken } from "@/lib/auth/account-tokens";
import { first, type SearchParams } from "@/lib/search-params";
import { ResetPasswordForm } from "./_components/reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.resetPassword");
  return { title: t("title"), robots: { index: false } };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = first((await searchParams).token) ?? "";
  const [check, t] = await Promise.all([
    checkAccountToken(token, "RESET_PASSWORD"),
    getTranslations("accounts.resetPassword"),
  ]);
  return (
    <div className="max-w-md space-y-4">
      <PageHeader title={t("title")} />
      {check.ok ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {t(`linkProblems.${check.problem}`)} <Link href="/forgot-password">{t("askAgain")}</Link>.
        </p>
      )}
    </div>
  );
}
