import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.checkEmail");
  return { title: t("title") };
}

// What registration answers, whether or not the address already had an account.
export default async function CheckEmailPage() {
  const t = await getTranslations("accounts.checkEmail");
  return (
    <div className="max-w-2xl space-y-4">
      <PageHeader title={t("title")} />
      <p role="status">{t("sent")}</p>
      <p>{t.rich("then", { login: (text) => <Link href="/login">{text}</Link> })}</p>
      <p>{t.rich("nothingCame", { reset: (text) => <Link href="/forgot-password">{text}</Link> })}</p>
    </div>
  );
}
