import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { checkAccountToken } from "@/lib/auth/account-tokens";
import { first, type SearchParams } from "@/lib/search-params";
import { ConfirmEmailForm } from "./_components/confirm-email-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.confirmEmail");
  return { title: t("title"), robots: { index: false } };
}

// Opening the link shows a button; only posting it confirms, so a mail scanner that
// follows links cannot use it up.
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = first((await searchParams).token) ?? "";
  const [check, t] = await Promise.all([
    checkAccountToken(token, "CONFIRM_EMAIL"),
    getTranslations("accounts.confirmEmail"),
  ]);
  return (
    <div className="max-w-md space-y-4">
      <PageHeader title={t("title")} />
      {check.ok ? (
        <ConfirmEmailForm token={token} />
      ) : (
        <>
          <p className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
            {t(`linkProblems.${check.problem}`)}
          </p>
          <p>
            <Link href="/login?callbackUrl=%2Faccount">{t("signIn")}</Link>
          </p>
        </>
      )}
    </div>
  );
}
