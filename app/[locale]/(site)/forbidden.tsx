import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors.forbidden");
  return { title: t("title") };
}

// Shown with HTTP 403 when a signed-in member opens an admin page (requireAdmin). Next
// draws it inside the layout of the page that refused (app/[locale]/(site)/layout.tsx),
// which already has the header and the <main>.
export default function Forbidden() {
  const t = useTranslations("errors.forbidden");
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <p>
        {t.rich("next", {
          account: (chunks) => <Link href="/account">{chunks}</Link>,
          overview: (chunks) => <Link href="/">{chunks}</Link>,
        })}
      </p>
    </>
  );
}
