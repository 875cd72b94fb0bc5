import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/admin/notice";
import { membershipNotices } from "@/components/memberships/notices";
import { OrganisationPeopleSection } from "@/components/memberships/organisation-people";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/dal";
import { can } from "@/lib/permissions";
import { formatDate } from "@/lib/format";
import { recommendationStatusLabels } from "@/lib/labels";
import { listOrganisationRecommendations } from "@/lib/queries/admin/recommendations";
import { listOrganisationOptions, listStateOptions } from "@/lib/queries/form-options";
import { findJoinableOrganisationId, getOrganisationPeople } from "@/lib/queries/memberships";
import { first, type SearchParams } from "@/lib/search-params";
import { ChangePasswordForm, ProfileForm } from "./_components/account-forms";
import { OrganisationSection } from "./_components/organisation-section";
import {
  JoinOrganisationForm,
  ResendConfirmationForm,
  SignOutEverywhereForm,
} from "./_components/trust-forms";

export const metadata: Metadata = { title: "Your account" };

async function joinFormOptions(organisationSlug: string | undefined) {
  const [organisations, countries, chosenOrganisationId] = await Promise.all([
    listOrganisationOptions(),
    listStateOptions(),
    findJoinableOrganisationId(organisationSlug),
  ]);
  return { organisations, countries, chosenOrganisationId };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/account");
  const query = await searchParams;
  const confirmed = first(query.confirmed) === "1";
  const organisation = user.organisation;
  const [recommendations, people, joinOptions] = await Promise.all([
    organisation ? listOrganisationRecommendations(organisation.id) : [],
    organisation && can(user, "manageMembers", { organisationId: organisation.id }).allowed
      ? getOrganisationPeople(organisation.id)
      : null,
    organisation || user.role === "ADMIN" ? null : joinFormOptions(first(query.organisation)),
  ]);

  return (
    <div className="max-w-3xl">
      <PageHeader title="Your account" lead={user.email} />
      {confirmed ? (
        <p role="status" className="mb-6 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          Your e-mail address is confirmed.{" "}
          {user.membershipRole === "PENDING" && organisation
            ? `Your request to join ${organisation.name} has gone to its managers.`
            : null}
        </p>
      ) : null}
      <Notice
        params={query}
        messages={{
          ...membershipNotices,
          passwordReset:
            "Your new password is saved, and every other session of your account was signed out.",
        }}
      />
      {user.emailConfirmed ? null : (
        <section
          aria-labelledby="confirm-heading"
          className="mb-8 rounded border border-amber-300 bg-amber-50 p-4 text-amber-950"
        >
          <h2 id="confirm-heading" className="mb-2 text-lg font-semibold">
            Confirm your e-mail address
          </h2>
          <p>
            We sent a link to {user.email}. Open it to confirm your address: until then you cannot act for an
            organisation, and your request to join one waits.
          </p>
          <ResendConfirmationForm />
        </section>
      )}
      <OrganisationSection user={user} />
      {joinOptions ? (
        <section aria-labelledby="join-heading" className="mb-8">
          <h2 id="join-heading" className="mb-3 text-xl font-semibold">
            Join an organisation
          </h2>
          <p>Ask to join a listed organisation, or request a new one that you will manage.</p>
          <JoinOrganisationForm
            organisations={joinOptions.organisations}
            countries={joinOptions.countries}
            chosenOrganisationId={joinOptions.chosenOrganisationId}
          />
        </section>
      ) : null}
      {people ? (
        <OrganisationPeopleSection people={people} returnTo="/account" currentUserId={user.id} />
      ) : null}
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
      <section aria-labelledby="password-heading" className="mb-8">
        <h2 id="password-heading" className="mb-3 text-xl font-semibold">
          Change your password
        </h2>
        <p className="mb-3 text-sm text-gray-700">
          Changing it signs your account out on every other device.
        </p>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="mb-3 text-xl font-semibold">
          Sessions
        </h2>
        <p className="mb-3">
          Signed in on a shared or lost device? Sign out everywhere ends every session of your account, this
          one included.
        </p>
        <SignOutEverywhereForm />
      </section>
    </div>
  );
}
