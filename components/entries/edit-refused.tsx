import { useTranslations } from "next-intl";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";

// An edit page for an entry the viewer may not edit: why, and the way back to it.
export function EditRefused({ reason, href }: { reason: string; href: string }) {
  const t = useTranslations("endorsements.entry");
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("editRefused")} lead={reason} />
      <p>
        <Link href={href}>{t("backToEntry")}</Link>
      </p>
    </div>
  );
}
