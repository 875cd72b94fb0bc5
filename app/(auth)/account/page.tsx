import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Facts } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { organisationProblem, requireUser } from "@/lib/dal";
import { organisationKindLabels, verificationLabels } from "@/lib/labels";
import { first, type SearchParams } from "@/lib/search-params";
import { ChangePasswordForm, ProfileForm } from "./_components/account-forms";

export const metadata: Metadata = { title: "Your account" };

const roleLabels = { MEMBER: "Member", ADMIN: "Administrator" } as const;

export default async function AccountPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("/account");
  const welcome = first((await searchParams).welcome) === "1";
  const organisation = user.organisation;
  const problem = organisationProblem(user);

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
