import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { Notice } from "@/components/admin/notice";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Facts } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/dal";
import { formatDate, plural } from "@/lib/format";
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

export const metadata: Metadata = { title: "Organisation" };

const notices = {
  verified: "The organisation is verified: its entries no longer carry the “not yet verified” badge.",
  rejected: "Verification is declined: the organisation's members can no longer act for it.",
  merged:
    "The duplicate is merged into this organisation: its members, projects and endorsements are here now.",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function AdminOrganisationPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireAdmin(`/admin/organizations/${id}`);
  const query = await searchParams;
  const organisation = await getOrganisationForAdmin(id);
  if (!organisation) notFound();
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
          Merged into{" "}
          <Link href={`/admin/organizations/${organisation.mergedInto.id}`}>
            {organisation.mergedInto.name}
          </Link>
          : nothing more can be done with it.
        </p>
      ) : (
        <>
          <section aria-labelledby="verification-heading" className="mt-8 space-y-6">
            <h2 id="verification-heading" className="text-xl font-semibold">
              Verification
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
                Proven e-mail domains
              </h2>
              <EmailDomainsForm organisationId={organisation.id} domains={organisation.emailDomains} />
            </section>
          </div>
          <section aria-labelledby="merge-heading" className="mt-10 space-y-4">
            <h2 id="merge-heading" className="text-xl font-semibold">
              Merge this duplicate into another organisation
            </h2>
            <form
              method="get"
              role="search"
              aria-label="Find the organisation to keep"
              className="flex flex-wrap items-end gap-3"
            >
              <div className="flex flex-col gap-1">
                <label htmlFor="into" className="font-medium text-gray-900">
                  Name of the organisation to keep
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
                Find
              </button>
            </form>
            {into && candidates.length ? (
              <MergeOrganisationsForm
                duplicateId={organisation.id}
                duplicateName={organisation.name}
                candidates={candidates}
              />
            ) : into ? (
              <EmptyState title="No organisation that can be kept matches this name." />
            ) : null}
          </section>
        </>
      )}
    </>
  );
}

function OrganisationFacts({ organisation }: { organisation: AdminOrganisation }) {
  const { counts } = organisation;
  return (
    <Facts
      items={[
        ["Kind", organisationKindLabels[organisation.kind]],
        ["Country", organisation.country?.name],
        ["Website", organisation.website],
        ["Registered", formatDate(organisation.createdAt)],
        ["Verified on", organisation.verifiedAt ? formatDate(organisation.verifiedAt) : null],
        [
          "Reason for declining",
          organisation.verificationStatus === "REJECTED" ? organisation.verificationNote : null,
        ],
        [
          "On the portal",
          `${plural(counts.members, "member")}, ${plural(counts.leadProjects, "lead project")}, ${plural(counts.partnerProjects, "partnership")} in projects, ${plural(counts.endorsements, "endorsement")}, ${plural(counts.recommendations, "recommendation")}`,
        ],
        [
          "Public page",
          <Link key="page" href={`/organizations/${organisation.slug}`}>
            /organizations/{organisation.slug}
          </Link>,
        ],
        [
          "History",
          <span key="audit" className="flex flex-col">
            <Link href={`/admin/audit?entityType=Organisation&entity=${organisation.id}`}>
              Audit entries for this organisation
            </Link>
            <Link href="/admin/audit?entityType=Membership">Audit entries for memberships</Link>
          </span>,
        ],
      ]}
    />
  );
}
