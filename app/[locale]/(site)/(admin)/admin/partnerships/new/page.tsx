import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { requireAdmin } from "@/lib/dal";
import { listDesignationOptions } from "@/lib/queries/admin/partnerships";
import { PartnershipForm } from "../_components/partnership-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.partnerships.new");
  return { title: t("title") };
}

export default async function NewPartnershipPage() {
  await requireAdmin("/admin/partnerships/new");
  const t = await getTranslations("admin.partnerships.new");
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("title")} lead={t("lead")}>
        <p className="mt-3">
          {t.rich("notSure", {
            suggestions: (chunks) => <Link href="/admin/partnerships/suggestions">{chunks}</Link>,
          })}
        </p>
      </PageHeader>
      <PartnershipForm designations={await listDesignationOptions()} />
    </div>
  );
}
