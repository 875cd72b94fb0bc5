import { getTranslations } from "next-intl/server";
import { WhenFieldHasErrors } from "@/components/forms/fields";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { Link } from "@/i18n/navigation";
import { resetPassword } from "@/lib/actions/password-reset";
import type { SearchParams } from "@/lib/search-params";
import { MailedLinkPage, mailedLinkMetadata } from "../_components/mailed-link-page";

export const generateMetadata = () => mailedLinkMetadata("resetPassword");

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("accounts.resetPassword");
  const askAgain = <Link href="/forgot-password">{t("askAgain")}</Link>;
  return (
    <MailedLinkPage
      searchParams={searchParams}
      purpose="RESET_PASSWORD"
      messages="resetPassword"
      action={resetPassword}
      next={askAgain}
    >
      {/* An expired or used link cannot be fixed in this form: offer a new one. */}
      <WhenFieldHasErrors name="link">
        <p>{askAgain}</p>
      </WhenFieldHasErrors>
      <NewPasswordFields hint={t("signsOut")} />
    </MailedLinkPage>
  );
}
