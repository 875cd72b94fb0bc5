import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { partnershipName } from "@/components/partnerships/partnership-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/dal";
import { isSingular, plural } from "@/lib/format";
import { getPartnershipForEdit } from "@/lib/queries/admin/partnerships";
import { getPartnership } from "@/lib/queries/partnerships";
import { DeletePartnershipForm } from "../../_components/delete-form";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Delete a city pairing" };

// Deleting is asked for on a page of its own, so that one stray click cannot do it.
export default async function DeletePartnershipPage({ params }: Props) {
  const { id } = await params;
  await requireAdmin(`/admin/partnerships/${id}/delete`);
  const [partnership, editable] = await Promise.all([getPartnership(id), getPartnershipForEdit(id)]);
  if (!partnership || !editable) notFound();
  const linked = editable._count.projects;

  return (
    <>
      <AdminNav />
      <div className="max-w-2xl">
        <PageHeader title={`Delete “${partnershipName(partnership)}”?`} />
        <div className="mb-6 space-y-2">
          <p>
            The pairing and its status history leave the portal. The audit log keeps a record of what was
            deleted.
          </p>
          <p>
            {linked
              ? `${plural(linked, "linked project")} ${isSingular(linked) ? "stays" : "stay"} on the portal, without a pairing.`
              : "No project is linked to it."}
          </p>
        </div>
        <DeletePartnershipForm partnershipId={id} />
      </div>
    </>
  );
}
