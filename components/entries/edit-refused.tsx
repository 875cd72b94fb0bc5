import { useTranslations } from "next-intl";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { explainRefusal, type Refusal } from "@/lib/refusals";

// An edit page for an entry the viewer may not edit: why, and the way back to it.
export function EditRefused({ reason, href }: { reason: Refusal; href: string }) {
  const t = useTranslations("endorsements.entry");
  const tRefusal = useTranslations("permissions");
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("editRefused")} lead={explainRefusal(tRefusal, reason)} />
      <p>
        <Link href={href}>{t("backToEntry")}</Link>
      </p>
    </div>
  );
}
