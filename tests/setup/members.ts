import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { createOrganisation, uniqueSlug } from "./factories";

// A signed-up user in a new organisation, for actAs(); actions never read the password.
// The first person of a new organisation is its manager, with a confirmed address.
export async function createMember(
  organisation: Partial<Prisma.OrganisationUncheckedCreateInput> = {},
  role: "MEMBER" | "ADMIN" = "MEMBER",
) {
  const { id: organisationId } = await createOrganisation(organisation);
  const user = await createPerson(organisationId, { role, membershipRole: "MANAGER" });
  return { id: user.id, organisationId };
}

// Another person in an organisation (or in none): an approved member with a
// confirmed address unless told otherwise.
export async function createPerson(
  organisationId: string | null,
  data: Partial<Prisma.UserUncheckedCreateInput> & { membershipRole?: MembershipRole } = {},
) {
  return db.user.create({
    data: {
      name: "Test member",
      email: `${uniqueSlug("member")}@example.org`,
      organisationId,
      membershipRole: "MEMBER",
      emailVerified: new Date(),
      ...data,
    },
    select: { id: true, email: true, name: true },
  });
}

// The password the test people have: long enough, and on no list of common ones.
export const PASSWORD = "a long enough passphrase";

// What a person types to register, valid, with an address of their own: `fields` name the
// organisation they join (organisationId) or found (organisationChoice "new", newOrganisation…).
export function registrationFields(fields: Record<string, string>) {
  return {
    name: "Mai Tran",
    email: `${uniqueSlug("new")}@example.org`,
    password: PASSWORD,
    organisationChoice: "existing",
    ...fields,
  };
}
