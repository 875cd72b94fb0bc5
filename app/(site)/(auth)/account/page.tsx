import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Facts } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { organisationProblem, requireUser } from "@/lib/dal";
import { formatDate } from "@/lib/format";
import { organisationKindLabels, recommendationStatusLabels, verificationLabels } from "@/lib/labels";
import { listOrganisationRecommendations } from "@/lib/queries/admin/recommendations";
import { first, type SearchParams } from "@/lib/search-params";
import { ChangePasswordForm, ProfileForm } from "./_components/account-forms";

export const metadata: Metadata = { title: "Your account" };

const roleLabels = { MEMBER: "Member", ADMIN: "Administrator" } as const;

export default async function AccountPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/account");
  const welcome = first((await searchParams).welcome) === "1";
  const organisation = user.organisation;
  const problem = organisationProblem(user);
  const recommendations = organisation ? await listOrganisationRecommendations(organisation.id) : [];

  return (
    <div className="max-w-3xl">
      <PageHeader title="Your account" lead={user.email} />
      {welcome ? (
        <p role="status" className="mb-6 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          Welcome, {user.name}. Your account is ready: you can now submit and endorse entries for your
          organisation.
        </p>
      ) : null}
      <section aria-labelledby="organisation-heading" className="mb-8">
        <h2 id="organisation-heading" className="mb-3 text-xl font-semibold">
          Your organisation
        </h2>
        {organisation ? (
          <Facts
            items={[
              [
                "Name",
                <Link key="name" href={`/organizations/${organisation.slug}`}>
                  {organisation.name}
                </Link>,
              ],
              ["Kind", organisationKindLabels[organisation.kind]],
              ["Country", organisation.country?.name],
              [
                "Verification",
                <span key="verification" className="flex flex-col gap-1">
                  <Badge tone={organisation.verificationStatus === "VERIFIED" ? "brand" : "warning"}>
                    {verificationLabels[organisation.verificationStatus]}
                  </Badge>
                  {organisation.verificationStatus === "UNVERIFIED" ? (
                    <span className="text-sm text-gray-700">
                      You can submit and endorse now; your entries show “organisation not yet verified” until
                      an admin verifies the organisation.
                    </span>
                  ) : null}
                  {organisation.verificationNote ? (
                    <span className="text-sm text-gray-700">{organisation.verificationNote}</span>
                  ) : null}
                </span>,
              ],
              ["Your role", roleLabels[user.role]],
            ]}
          />
        ) : (
          <p>Your account belongs to no organisation.</p>
        )}
        {problem ? <p className="mt-3 text-red-800">{problem}</p> : null}
        {problem ? null : (
          <p className="mt-4 flex flex-wrap gap-4">
            <Link href="/projects/new">Submit a cooperation project</Link>
            <Link href="/workshops">Submit a recommendation to a workshop</Link>
          </p>
        )}
      </section>
      {recommendations.length ? (
        <section aria-labelledby="recommendations-heading" className="mb-8">
          <h2 id="recommendations-heading" className="mb-3 text-xl font-semibold">
            Your organisation’s recommendations
          </h2>
          <ul className="space-y-3">
            {recommendations.map((recommendation) => {
              const latest = recommendation.statusChanges[0];
              return (
                <li key={recommendation.id} className="rounded border border-gray-200 p-3">
                  <p className="flex flex-wrap items-center gap-2">
                    <Link href={`/recommendations/${recommendation.id}`}>{recommendation.title}</Link>
                    <Badge tone="brand">{recommendationStatusLabels[recommendation.status]}</Badge>
                    {recommendation.visibility === "HIDDEN" ? <Badge tone="warning">Hidden</Badge> : null}
                  </p>
                  {latest ? (
                    <p className="mt-1 text-sm text-gray-800">
                      {formatDate(latest.changedAt)}
                      {latest.meeting ? ` (${latest.meeting.name})` : ""}: {latest.note}
                    </p>
                  ) : null}
                  {recommendation.visibility === "HIDDEN" && recommendation.hiddenReason ? (
                    <p className="mt-1 text-sm text-red-800">
                      Hidden by the moderators: {recommendation.hiddenReason}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="profile-heading" className="mb-8">
        <h2 id="profile-heading" className="mb-3 text-xl font-semibold">
          Profile
        </h2>
        <ProfileForm name={user.name ?? ""} />
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-3 text-xl font-semibold">
          Change your password
        </h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
