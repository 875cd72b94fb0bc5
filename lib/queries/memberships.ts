import "server-only";
import { db } from "@/lib/db";

const personSelect = {
  id: true,
  name: true,
  email: true,
  membershipRole: true,
  emailVerified: true,
  createdAt: true,
} as const;

// An organisation's people as its managers and the admins see them: requests to
// answer (addresses confirmed), members and managers, and how many have asked but
// not yet confirmed their address.
export async function getOrganisationPeople(organisationId: string) {
  const active = { organisationId, deactivatedAt: null };
  const [requests, members, unconfirmed] = await Promise.all([
    db.user.findMany({
      where: { ...active, membershipRole: "PENDING", emailVerified: { not: null } },
      select: personSelect,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.user.findMany({
      where: { ...active, membershipRole: { in: ["MANAGER", "MEMBER"] } },
      select: personSelect,
      orderBy: [{ membershipRole: "desc" }, { name: "asc" }, { id: "asc" }],
    }),
    db.user.count({ where: { ...active, membershipRole: "PENDING", emailVerified: null } }),
  ]);
  return { requests, members, unconfirmed };
}

export type OrganisationPeople = Awaited<ReturnType<typeof getOrganisationPeople>>;
export type OrganisationPerson = OrganisationPeople["members"][number];

// The listed organisation a "ask to join" link names, if people may still join it.
export async function findJoinableOrganisationId(slug: string | undefined) {
  if (!slug) return undefined;
  const organisation = await db.organisation.findFirst({
    where: { slug, mergedIntoId: null, verificationStatus: { not: "REJECTED" } },
    select: { id: true },
  });
  return organisation?.id;
}
