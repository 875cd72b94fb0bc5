import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { partnershipName } from "@/components/partnerships/partnership-list";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { deletePartnership } from "@/lib/actions/admin/partnerships";
import { requireAdmin } from "@/lib/dal";
import { getPartnershipForEdit } from "@/lib/queries/admin/partnerships";
import { getPartnership } from "@/lib/queries/partnerships";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.partnerships.delete");
  return { title: t("metaTitle") };
}

// Deleting is asked for on a page of its own, so that one stray click cannot do it.
export default async function DeletePartnershipPage({ params }: Props) {
  const { id } = await params;
  await requireAdmin(`/admin/partnerships/${id}/delete`);
  const [partnership, editable, t, tForms] = await Promise.all([
    getPartnership(id),
    getPartnershipForEdit(id),
    getTranslations("admin.partnerships.delete"),
    getTranslations("admin.partnerships.forms"),
  ]);
  if (!partnership || !editable) notFound();
  const linked = editable._count.projects;

  return (
    <div className="max-w-2xl">
      <PageHeader title={t("title", { name: partnershipName(partnership) })} />
      <div className="mb-6 space-y-2">
        <p>{t("explain")}</p>
        <p>{t("linked", { count: linked })}</p>
      </div>
      <ActionForm
        action={deletePartnership}
        hidden={{ partnershipId: id }}
        submit={{ label: tForms("delete"), pendingLabel: tForms("deleting"), tone: "danger" }}
        after={<Link href={`/admin/partnerships/${id}`}>{tForms("keep")}</Link>}
        className="flex flex-col gap-4"
      />
    </div>
  );
}
