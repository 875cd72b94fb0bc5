import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Facts } from "@/components/ui/facts";
import type { CurrentUser } from "@/lib/dal";
import { can } from "@/lib/permissions";
import { organisationKindLabels, verificationLabels } from "@/lib/labels";

const roleLabels = { MEMBER: "Member", ADMIN: "Administrator" } as const;
const membershipLabels = {
  MANAGER: "Manager: you answer requests to join and manage its members",
  MEMBER: "Member",
  PENDING: "Waiting for a manager's approval",
} as const;

// The account's organisation, the person's place in it, and what they may do.
export function OrganisationSection({ user }: { user: CurrentUser }) {
  const organisation = user.organisation;
  const acting = can(user, "actForOrganisation", null);
  const problem = acting.allowed ? null : acting.reason;
  return (
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
                    Its members can submit and endorse; its entries show “organisation not yet verified” until
                    an admin verifies it.
                  </span>
                ) : null}
                {organisation.verificationNote ? (
                  <span className="text-sm text-gray-700">{organisation.verificationNote}</span>
                ) : null}
              </span>,
            ],
            ["Your place in it", membershipLabels[user.membershipRole]],
            ["Your role on the portal", roleLabels[user.role]],
          ]}
        />
      ) : (
        <p>Your account belongs to no organisation.</p>
      )}
      {user.membershipNote && !organisation ? <p className="mt-3">{user.membershipNote}</p> : null}
      {organisation && problem ? <p className="mt-3 text-red-800">{problem}</p> : null}
      {problem ? null : (
        <p className="mt-4 flex flex-wrap gap-4">
          <Link href="/projects/new">Submit a cooperation project</Link>
          <Link href="/workshops">Submit a recommendation to a workshop</Link>
        </p>
      )}
    </section>
  );
}
