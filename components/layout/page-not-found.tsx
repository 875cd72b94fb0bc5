import { useTranslations } from "next-intl";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";

// What a 404 says, in the page's language, inside whichever header the page around it has.
export function PageNotFound() {
  const t = useTranslations("errors.notFound");
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <p>
        {t.rich("next", {
          overview: (chunks) => <Link href="/">{chunks}</Link>,
          projects: (chunks) => <Link href="/projects">{chunks}</Link>,
        })}
      </p>
    </>
  );
}
