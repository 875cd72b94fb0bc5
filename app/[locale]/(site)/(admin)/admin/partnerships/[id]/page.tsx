import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { partnershipName } from "@/components/partnerships/partnership-list";
import { StatusChangeForm } from "@/components/forms/status-change-form";
import { PartnershipTimeline } from "@/components/partnerships/partnership-timeline";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Link } from "@/i18n/navigation";
import { changePartnershipStatus } from "@/lib/actions/admin/partnerships";
import { requireAdmin } from "@/lib/dal";
import { label, labelOptions } from "@/lib/labels";
import { getPartnershipForEdit, listDesignationOptions } from "@/lib/queries/admin/partnerships";
import { getPartnership } from "@/lib/queries/partnerships";
import { single, type SearchParams } from "@/lib/search-params";
import { PARTNERSHIP_LIMITS } from "@/lib/validations/partnership";
import { PartnershipForm } from "../_components/partnership-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.partnerships.entry");
  return { title: t("metaTitle") };
}

export default async function AdminPartnershipPage({ params, searchParams }: Props) {
  const tLabels = await getTranslations("labels");
  const { id } = await params;
  await requireAdmin(`/admin/partnerships/${id}`);
  const [partnership, editable, designations, t, tForms] = await Promise.all([
    getPartnership(id),
    getPartnershipForEdit(id),
    listDesignationOptions(),
    getTranslations("admin.partnerships.entry"),
    getTranslations("admin.partnerships.forms"),
  ]);
  if (!partnership || !editable) notFound();
  const query = await searchParams;
  const notice = single(query.created) ? t("created") : single(query.saved) ? t("saved") : null;
  const name = partnershipName(partnership);
  const { projects, _count, ...values } = editable;
  const suggestions = (designationId: string) =>
    `/admin/partnerships/suggestions?designation=${designationId}`;

  return (
    <div className="max-w-3xl">
      <PageHeader title={name}>
        <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
          <Badge tone="brand">{label(tLabels, "partnershipStatus", partnership.status)}</Badge>
          <Link href={`/partnerships/${id}`}>{t("publicPage")}</Link>
          <Link href={suggestions(values.ecocDesignationId)}>
            {t("otherCcea", { city: partnership.ecocDesignation.city.name })}
          </Link>
          <Link href={suggestions(values.cceaDesignationId)}>
            {t("otherEcoc", { city: partnership.cceaDesignation.city.name })}
          </Link>
          <Link href={`/admin/partnerships/${id}/delete`}>{t("delete")}</Link>
        </p>
      </PageHeader>
      {notice ? (
        <p role="status" className="mb-6 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {notice}
        </p>
      ) : null}
      <Section id="status-heading" title={t("changeStatus")}>
        <StatusChangeForm
          action={changePartnershipStatus}
          hidden={{ partnershipId: id }}
          statuses={labelOptions(tLabels, "partnershipStatus")}
          current={partnership.status}
          noteMax={PARTNERSHIP_LIMITS.note.max}
          labels={{
            status: tForms("newStatus"),
            chooseStatus: tForms("chooseStatus"),
            note: tForms("note"),
            noteHint: tForms("noteHint"),
            submit: tForms("changeStatus"),
            saving: tForms("saving"),
          }}
        />
      </Section>
      <PartnershipTimeline changes={partnership.statusChanges} />
      <Section id="details-heading" title={t("details")} className="mt-8">
        <PartnershipForm
          designations={designations}
          partnership={{
            id,
            values,
            linkedProjects: projects.map((project) => ({
              value: project.id,
              label: t(project.visibility === "HIDDEN" ? "linkedHidden" : "linked", {
                title: project.title,
                slug: project.slug,
              }),
            })),
          }}
        />
      </Section>
    </div>
  );
}
