import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createOrganisation, uniqueSlug } from "./factories";

// A signed-up user in a new organisation, for actAs(); actions never read the password.
export async function createMember(
  organisation: Partial<Prisma.OrganisationUncheckedCreateInput> = {},
  role: "MEMBER" | "ADMIN" = "MEMBER",
) {
  const { id: organisationId } = await createOrganisation(organisation);
  const user = await db.user.create({
    data: { name: "Test member", email: `${uniqueSlug("member")}@example.org`, organisationId, role },
    select: { id: true },
  });
  return { id: user.id, organisationId };
}
