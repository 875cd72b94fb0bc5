import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { AuditEntrySummary } from "@/components/admin/audit-entry";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/dal";
import { plural } from "@/lib/format";
import { getAdminOverview } from "@/lib/queries/admin/overview";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  await requireAdmin("/admin");
  const overview = await getAdminOverview();
  const cards = [
    {
      href: "/admin/organizations?status=UNVERIFIED",
      text: `${plural(overview.awaitingVerification, "organisation")} awaiting verification`,
    },
    { href: "/admin/moderation", text: plural(overview.openReports, "open report") },
    { href: "/admin/users", text: plural(overview.users, "user account") },
  ];

  return (
    <>
      <AdminNav />
      <PageHeader
        title="Admin"
        lead="Curate city pairings, follow recommendations up, moderate reports, verify organisations and manage accounts. Every change is recorded in the audit log."
      />
      <ul className="grid gap-4 sm:grid-cols-3">
        {cards.map((card) => (
          <li key={card.href} className="rounded-lg border border-gray-200 p-4">
            <Link href={card.href} className="block text-lg font-semibold">
              {card.text}
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="unmanaged-heading" className="mt-10">
        <h2 id="unmanaged-heading" className="mb-3 text-xl font-semibold">
          Requests to join organisations without a manager
        </h2>
        {overview.unmanagedRequests.length ? (
          <ul className="space-y-2">
            {overview.unmanagedRequests.map((request) => (
              <li key={request.id}>
                {request.name ?? request.email} ({request.email}) asks to join{" "}
                <Link href={`/admin/organizations/${request.organisation!.id}#membership-requests`}>
                  {request.organisation!.name}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>None is waiting: every request has a manager to answer it.</p>
        )}
      </section>
      <section aria-labelledby="recent-heading" className="mt-10">
        <h2 id="recent-heading" className="mb-3 text-xl font-semibold">
          Recent audit entries
        </h2>
        {overview.recentAudit.length ? (
          <ul className="space-y-2">
            {overview.recentAudit.map((entry) => (
              <li key={entry.id}>
                <AuditEntrySummary entry={entry} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title="No admin action has been recorded yet." />
        )}
        <p className="mt-4">
          <Link href="/admin/audit">The whole audit log</Link>
        </p>
      </section>
    </>
  );
}
