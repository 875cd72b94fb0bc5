import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { partnershipName } from "@/components/partnerships/partnership-list";
import { PartnershipTimeline } from "@/components/partnerships/partnership-timeline";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/dal";
import { partnershipStatusLabels } from "@/lib/labels";
import { getPartnershipForEdit, listDesignationOptions } from "@/lib/queries/admin/partnerships";
import { getPartnership } from "@/lib/queries/partnerships";
import { first, type SearchParams } from "@/lib/search-params";
import { PartnershipForm } from "../_components/partnership-form";
import { PartnershipStatusForm } from "../_components/status-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { title: "Edit a city pairing" };

const notices = { created: "The cities are paired.", saved: "The pairing is saved." } as const;

export default async function AdminPartnershipPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireAdmin(`/admin/partnerships/${id}`);
  const [partnership, editable, designations] = await Promise.all([
    getPartnership(id),
    getPartnershipForEdit(id),
    listDesignationOptions(),
  ]);
  if (!partnership || !editable) notFound();
  const query = await searchParams;
  const notice = first(query.created) ? notices.created : first(query.saved) ? notices.saved : null;
  const name = partnershipName(partnership);
  const { projects, _count, ...values } = editable;
  const suggestions = (designationId: string) =>
    `/admin/partnerships/suggestions?designation=${designationId}`;

  return (
    <>
      <AdminNav />
      <div className="max-w-3xl">
        <PageHeader title={name}>
          <p className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
            <Badge tone="brand">{partnershipStatusLabels[partnership.status]}</Badge>
            <Link href={`/partnerships/${id}`}>Public page</Link>
            <Link href={suggestions(values.ecocDesignationId)}>
              Other CCEA cities for {partnership.ecocDesignation.city.name}
            </Link>
            <Link href={suggestions(values.cceaDesignationId)}>
              Other ECoC cities for {partnership.cceaDesignation.city.name}
            </Link>
            <Link href={`/admin/partnerships/${id}/delete`}>Delete…</Link>
          </p>
        </PageHeader>
        {notice ? (
          <p role="status" className="mb-6 rounded border border-green-300 bg-green-50 p-3 text-green-900">
            {notice}
          </p>
        ) : null}
        <section aria-labelledby="status-heading">
          <h2 id="status-heading" className="mb-3 text-xl font-semibold">
            Change the status
          </h2>
          <PartnershipStatusForm partnershipId={id} status={partnership.status} />
        </section>
        <PartnershipTimeline changes={partnership.statusChanges} />
        <section aria-labelledby="details-heading" className="mt-8">
          <h2 id="details-heading" className="mb-3 text-xl font-semibold">
            The pairing
          </h2>
          <PartnershipForm
            designations={designations}
            partnership={{
              id,
              values,
              linkedProjects: projects.map((project) => ({
                value: project.id,
                label: `${project.title} (${project.slug})${project.visibility === "HIDDEN" ? ", hidden" : ""}`,
              })),
            }}
          />
        </section>
      </div>
    </>
  );
}
