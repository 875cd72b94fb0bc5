import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Notice } from "@/components/admin/notice";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { Facts } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Link } from "@/i18n/navigation";
import { rejectOrganisation, verifyOrganisation } from "@/lib/actions/admin/organisations";
import { saveEmailDomains } from "@/lib/actions/memberships";
import { requireAdmin } from "@/lib/dal";
import { useFormat } from "@/lib/format";
import { label } from "@/lib/labels";
import {
  getOrganisationForAdmin,
  listMergeCandidates,
  type AdminOrganisation,
} from "@/lib/queries/admin/organisations";
import { textQuery, type SearchParams } from "@/lib/search-params";
import { membershipNotices } from "@/components/memberships/notices";
import { OrganisationPeopleSection } from "@/components/memberships/organisation-people";
import { getOrganisationPeople } from "@/lib/queries/memberships";
import { MergeSection } from "../_components/merge-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.organisations.entry");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function AdminOrganisationPage({ params, searchParams }: Props) {
  const tLabels = await getTranslations("labels");
  const { id } = await params;
  await requireAdmin(`/admin/organizations/${id}`);
  const query = await searchParams;
  const [organisation, t, tForms] = await Promise.all([
    getOrganisationForAdmin(id),
    getTranslations("admin.organisations.entry"),
    getTranslations("admin.organisations.forms"),
  ]);
  if (!organisation) notFound();
  const notices = {
    verified: t("notices.verified"),
    rejected: t("notices.rejected"),
    merged: t("notices.merged"),
  };
  const into = textQuery(query.into);
  const rejectedBecause =
    organisation.verificationStatus === "REJECTED" ? organisation.verificationNote : null;
  const [candidates, people] = await Promise.all([
    into && !organisation.mergedInto ? listMergeCandidates(id, into) : [],
    organisation.mergedInto ? null : getOrganisationPeople(id),
  ]);

  return (
    <>
      <PageHeader title={organisation.name}>
        <p className="mt-2 flex flex-wrap gap-2">
          {organisation.mergedInto ? null : (
            <Badge tone={organisation.verificationStatus === "VERIFIED" ? "brand" : "warning"}>
              {label(tLabels, "verification", organisation.verificationStatus)}
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
          <Section id="verification-heading" title={t("verification")} className="mt-8 space-y-6">
            {organisation.verificationStatus === "VERIFIED" ? null : (
              <ActionForm
                action={verifyOrganisation}
                hidden={{ organisationId: organisation.id }}
                submit={{ label: tForms("verify"), pendingLabel: tForms("verifying") }}
                className="flex flex-col gap-3"
              />
            )}
            <ActionForm
              action={rejectOrganisation}
              hidden={{ organisationId: organisation.id }}
              submit={{
                label: rejectedBecause ? tForms("changeReason") : tForms("decline"),
                pendingLabel: tForms("declining"),
                tone: "danger",
              }}
              className="flex max-w-xl flex-col gap-3"
            >
              <TextField
                name="reason"
                label={tForms("declineReason")}
                rows={3}
                maxLength={500}
                required
                hint={tForms("declineHint")}
                defaultValue={rejectedBecause ?? undefined}
              />
            </ActionForm>
          </Section>
          <div className="mt-10">
            {people ? (
              <OrganisationPeopleSection
                people={people}
                returnTo={`/admin/organizations/${organisation.id}`}
              />
            ) : null}
            <Section id="domains-heading" title={t("domains")} className="mb-8">
              <ActionForm
                action={saveEmailDomains}
                hidden={{ organisationId: organisation.id }}
                submit={{ label: tForms("saveDomains"), pendingLabel: tForms("saving"), tone: "secondary" }}
                className="flex max-w-xl flex-col gap-3"
              >
                <TextField
                  name="emailDomains"
                  label={tForms("domains")}
                  hint={tForms("domainsHint")}
                  rows={3}
                  defaultValue={organisation.emailDomains.join("\n")}
                />
              </ActionForm>
            </Section>
          </div>
          <MergeSection duplicate={organisation} into={into} candidates={candidates} />
        </>
      )}
    </>
  );
}

function OrganisationFacts({ organisation }: { organisation: AdminOrganisation }) {
  const tLabels = useTranslations("labels");
  const { counts } = organisation;
  const t = useTranslations("admin.organisations.entry.facts");
  const format = useFormat();
  return (
    <Facts
      items={[
        [t("kind"), label(tLabels, "organisationKind", organisation.kind)],
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
