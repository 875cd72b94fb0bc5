import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { confirmEmail } from "@/lib/actions/registration";
import { checkAccountToken } from "@/lib/auth/account-tokens";
import { first, type SearchParams } from "@/lib/search-params";

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
        <ActionForm
          action={confirmEmail}
          hidden={{ token }}
          submit={{ label: t("submit"), pendingLabel: t("pending") }}
          className="flex flex-col gap-4"
        >
          <p>{t("explanation")}</p>
        </ActionForm>
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
