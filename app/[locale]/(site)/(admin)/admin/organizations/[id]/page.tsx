import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { Notice } from "@/components/admin/notice";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Facts } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { requireAdmin } from "@/lib/dal";
import { useFormat } from "@/lib/format";
import { organisationKindLabels, verificationLabels } from "@/lib/labels";
import {
  getOrganisationForAdmin,
  listMergeCandidates,
  type AdminOrganisation,
} from "@/lib/queries/admin/organisations";
import { textQuery, type SearchParams } from "@/lib/search-params";
import { membershipNotices } from "@/components/memberships/notices";
import { OrganisationPeopleSection } from "@/components/memberships/organisation-people";
import { getOrganisationPeople } from "@/lib/queries/memberships";
import { EmailDomainsForm } from "../_components/email-domains-form";
import { MergeOrganisationsForm } from "../_components/merge-form";
import { RejectOrganisationForm, VerifyOrganisationForm } from "../_components/verification-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.organisations.entry");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function AdminOrganisationPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireAdmin(`/admin/organizations/${id}`);
  const query = await searchParams;
  const [organisation, t] = await Promise.all([
    getOrganisationForAdmin(id),
    getTranslations("admin.organisations.entry"),
  ]);
  if (!organisation) notFound();
  const notices = {
    verified: t("notices.verified"),
    rejected: t("notices.rejected"),
    merged: t("notices.merged"),
  };
  const into = textQuery(query.into);
  const [candidates, people] = await Promise.all([
    into && !organisation.mergedInto ? listMergeCandidates(id, into) : [],
    organisation.mergedInto ? null : getOrganisationPeople(id),
  ]);

  return (
    <>
      <AdminNav />
      <PageHeader title={organisation.name}>
        <p className="mt-2 flex flex-wrap gap-2">
          {organisation.mergedInto ? null : (
            <Badge tone={organisation.verificationStatus === "VERIFIED" ? "brand" : "warning"}>
              {verificationLabels[organisation.verificationStatus]}
            </Badge>
          )}
          {organisation.isSample ? <SampleBadge /> : null}
        </p>
      </PageHeader>
      <Notice params={query} messages={{ ...notices, ...(await membershipNotices()) }} />
      <OrganisationFacts organisation={organisation} />
      {organisation.mergedInto ? (
        <p className="mt-6">
          {t.rich("mergedInto", {
            kept: (chunks) => (
              <Link href={`/admin/organizations/${organisation.mergedInto!.id}`}>{chunks}</Link>
            ),
            name: organisation.mergedInto.name,
          })}
        </p>
      ) : (
        <>
          <section aria-labelledby="verification-heading" className="mt-8 space-y-6">
            <h2 id="verification-heading" className="text-xl font-semibold">
              {t("verification")}
            </h2>
            {organisation.verificationStatus === "VERIFIED" ? null : (
              <VerifyOrganisationForm organisationId={organisation.id} />
            )}
            <RejectOrganisationForm
              organisationId={organisation.id}
              currentReason={
                organisation.verificationStatus === "REJECTED" ? organisation.verificationNote : null
              }
            />
          </section>
          <div className="mt-10">
            {people ? (
              <OrganisationPeopleSection
                people={people}
                returnTo={`/admin/organizations/${organisation.id}`}
              />
            ) : null}
            <section aria-labelledby="domains-heading" className="mb-8 space-y-3">
              <h2 id="domains-heading" className="text-xl font-semibold">
                {t("domains")}
              </h2>
              <EmailDomainsForm organisationId={organisation.id} domains={organisation.emailDomains} />
            </section>
          </div>
          <section aria-labelledby="merge-heading" className="mt-10 space-y-4">
            <h2 id="merge-heading" className="text-xl font-semibold">
              {t("merge")}
            </h2>
            <form
              method="get"
              role="search"
              aria-label={t("findLabel")}
              className="flex flex-wrap items-end gap-3"
            >
              <div className="flex flex-col gap-1">
                <label htmlFor="into" className="font-medium text-gray-900">
                  {t("keepName")}
                </label>
                <input
                  id="into"
                  type="search"
                  name="into"
                  maxLength={200}
                  defaultValue={into ?? ""}
                  className="rounded border border-gray-400 bg-white px-2 py-1.5"
                />
              </div>
              <button type="submit" className="rounded border border-gray-400 bg-white px-4 py-2 font-medium">
                {t("find")}
              </button>
            </form>
            {into && candidates.length ? (
              <MergeOrganisationsForm
                duplicateId={organisation.id}
                duplicateName={organisation.name}
                candidates={candidates}
              />
            ) : into ? (
              <EmptyState title={t("noCandidates")} />
            ) : null}
          </section>
        </>
      )}
    </>
  );
}

function OrganisationFacts({ organisation }: { organisation: AdminOrganisation }) {
  const { counts } = organisation;
  const t = useTranslations("admin.organisations.entry.facts");
  const format = useFormat();
  return (
    <Facts
      items={[
        [t("kind"), organisationKindLabels[organisation.kind]],
        [t("country"), organisation.country?.name],
        [t("website"), organisation.website],
        [t("registered"), format.date(organisation.createdAt)],
        [t("verifiedOn"), organisation.verifiedAt ? format.date(organisation.verifiedAt) : null],
        [
          t("declineReason"),
          organisation.verificationStatus === "REJECTED" ? organisation.verificationNote : null,
        ],
        [
          t("onPortal"),
          t("counts", {
            members: counts.members,
            leadProjects: counts.leadProjects,
            partnerProjects: counts.partnerProjects,
            endorsements: counts.endorsements,
            recommendations: counts.recommendations,
          }),
        ],
        [
          t("publicPage"),
          <Link key="page" href={`/organizations/${organisation.slug}`}>
            /organizations/{organisation.slug}
          </Link>,
        ],
        [
          t("history"),
          <span key="audit" className="flex flex-col">
            <Link href={`/admin/audit?entityType=Organisation&entity=${organisation.id}`}>
              {t("auditOrganisation")}
            </Link>
            <Link href="/admin/audit?entityType=Membership">{t("auditMemberships")}</Link>
          </span>,
        ],
      ]}
    />
  );
}
