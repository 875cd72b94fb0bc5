import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditEntrySummary } from "@/components/admin/audit-entry";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Link } from "@/i18n/navigation";
import { requireAdmin } from "@/lib/dal";
import { getAdminOverview } from "@/lib/queries/admin/overview";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.overview");
  return { title: t("title") };
}

export default async function AdminPage() {
  await requireAdmin("/admin");
  const [overview, t] = await Promise.all([getAdminOverview(), getTranslations("admin.overview")]);
  const cards = [
    {
      href: "/admin/organizations?status=UNVERIFIED",
      text: t("awaitingVerification", { count: overview.awaitingVerification }),
    },
    { href: "/admin/moderation", text: t("openReports", { count: overview.openReports }) },
    { href: "/admin/users", text: t("users", { count: overview.users }) },
  ];

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <ul className="grid gap-4 sm:grid-cols-3">
        {cards.map((card) => (
          <li key={card.href} className="rounded-lg border border-gray-200 p-4">
            <Link href={card.href} className="block text-lg font-semibold">
              {card.text}
            </Link>
          </li>
        ))}
      </ul>
      <Section id="unmanaged-heading" title={t("unmanaged")} className="mt-10">
        {overview.unmanagedRequests.length ? (
          <ul className="space-y-2">
            {overview.unmanagedRequests.map((request) => (
              <li key={request.id}>
                {t.rich("asksToJoin", {
                  name: request.name ?? request.email,
                  email: request.email,
                  organisation: request.organisation!.name,
                  link: (chunks) => (
                    <Link href={`/admin/organizations/${request.organisation!.id}#membership-requests`}>
                      {chunks}
                    </Link>
                  ),
                })}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("noUnmanaged")}</p>
        )}
      </Section>
      <Section id="recent-heading" title={t("recent")} className="mt-10">
        {overview.recentAudit.length ? (
          <ul className="space-y-2">
            {overview.recentAudit.map((entry) => (
              <li key={entry.id}>
                <AuditEntrySummary entry={entry} />
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("noAudit")} />
        )}
        <p className="mt-4">
          <Link href="/admin/audit">{t("wholeLog")}</Link>
        </p>
      </Section>
    </>
  );
}
