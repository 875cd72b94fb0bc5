import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/dal";
import { listDesignationOptions } from "@/lib/queries/admin/partnerships";
import { PartnershipForm } from "../_components/partnership-form";

export const metadata: Metadata = { title: "New city pairing" };

export default async function NewPartnershipPage() {
  await requireAdmin("/admin/partnerships/new");
  return (
    <>
      <AdminNav />
      <div className="max-w-3xl">
        <PageHeader
          title="New city pairing"
          lead="Pair a European Capital of Culture with a Culture City of East Asia. Each pair of titles can be paired once."
        >
          <p className="mt-3">
            Not sure which cities?{" "}
            <Link href="/admin/partnerships/suggestions">See suggestions by title year</Link>.
          </p>
        </PageHeader>
        <PartnershipForm designations={await listDesignationOptions()} />
      </div>
    </>
  );
}
