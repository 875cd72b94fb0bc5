import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { sessionUserId } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { OrganisationKind, Role, VerificationStatus } from "@/lib/generated/prisma/enums";

// Thrown inside an action when the signed-in user may not do what was asked;
// the action's form shows the message and keeps what was typed.
export class ActionRefused extends Error {}

export function refuse(message: string): never {
  throw new ActionRefused(message);
}

export type CurrentUser = {
  id: string;
  name: string | null;
  email: string;
  role: Role;
  organisation: {
    id: string;
    slug: string;
    name: string;
    kind: OrganisationKind;
    verificationStatus: VerificationStatus;
    verificationNote: string | null;
    mergedIntoId: string | null;
    country: { code: string; name: string } | null;
  } | null;
};

// The signed-in user, re-read from the database on every request so that a role
// change, a new organisation or a deactivation applies at once. Every signed-in
// request and action reads it, so it is one plain query that builds the user's
// shape itself: Prisma compiles a nested select anew on each call (WebAssembly, a
// millisecond or more), a raw one hardly at all.
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const id = await sessionUserId();
  if (!id) return null;
  const [user] = await db.$queryRaw<CurrentUser[]>`
    SELECT u.id, u.name, u.email, u.role,
      CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object(
        'id', o.id, 'slug', o.slug, 'name', o.name, 'kind', o.kind,
        'verificationStatus', o."verificationStatus", 'verificationNote', o."verificationNote",
        'mergedIntoId', o."mergedIntoId",
        'country', CASE WHEN c.code IS NULL THEN NULL ELSE json_build_object('code', c.code, 'name', c.name) END
      ) END AS organisation
    FROM "User" u
    LEFT JOIN "Organisation" o ON o.id = u."organisationId"
    LEFT JOIN "Country" c ON c.code = o."countryCode"
    WHERE u.id = ${id} AND u."deactivatedAt" IS NULL`;
  return user ?? null;
});

export async function requireUser(returnTo = "/account"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

export async function requireAdmin(returnTo = "/admin"): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (user.role !== "ADMIN") forbidden();
  return user;
}

export const isAdmin = (user: CurrentUser | null) => user?.role === "ADMIN";

// Why a user cannot act for an organisation, or null when they can.
export function organisationProblem(user: CurrentUser): string | null {
  const organisation = user.organisation;
  if (!organisation) return "Your account does not belong to an organisation, so it cannot act for one.";
  if (organisation.verificationStatus === "REJECTED" || organisation.mergedIntoId) {
    return `${organisation.name} cannot act on the portal: its registration was rejected or merged into another organisation. Contact the portal's team.`;
  }
  return null;
}

// The organisation a member acts for; refuses the action when there is none.
export function requireActingOrganisation(user: CurrentUser) {
  const problem = organisationProblem(user);
  if (problem || !user.organisation) refuse(problem ?? "");
  return user.organisation;
}
