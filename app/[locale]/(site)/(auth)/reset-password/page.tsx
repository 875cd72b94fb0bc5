import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { WhenFieldHasErrors } from "@/components/forms/fields";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { resetPassword } from "@/lib/actions/password-reset";
import { checkAccountToken } from "@/lib/auth/account-tokens";
import { first, type SearchParams } from "@/lib/search-params";

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
        <ActionForm
          action={resetPassword}
          hidden={{ token }}
          submit={{ label: t("submit"), pendingLabel: t("pending") }}
          className="flex flex-col gap-4"
        >
          {/* An expired or used link cannot be fixed in this form: offer a new one. */}
          <WhenFieldHasErrors name="link">
            <p>
              <Link href="/forgot-password">{t("askAgain")}</Link>
            </p>
          </WhenFieldHasErrors>
          <NewPasswordFields hint={t("signsOut")} />
        </ActionForm>
      ) : (
        <p className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {t(`linkProblems.${check.problem}`)} <Link href="/forgot-password">{t("askAgain")}</Link>.
        </p>
      )}
    </div>
  );
}
