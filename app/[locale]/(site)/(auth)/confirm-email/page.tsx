import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { confirmEmail } from "@/lib/actions/registration";
import type { SearchParams } from "@/lib/search-params";
import { MailedLinkPage, mailedLinkMetadata } from "../_components/mailed-link-page";

export const generateMetadata = () => mailedLinkMetadata("confirmEmail");

// Opening the link shows a button; only posting it confirms, so a mail scanner that
// follows links cannot use it up.
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations("accounts.confirmEmail");
  return (
    <MailedLinkPage
      searchParams={searchParams}
      purpose="CONFIRM_EMAIL"
      messages="confirmEmail"
      action={confirmEmail}
      next={<Link href="/login?callbackUrl=%2Faccount">{t("signIn")}</Link>}
    >
      <p>{t("explanation")}</p>
    </MailedLinkPage>
  );
}
