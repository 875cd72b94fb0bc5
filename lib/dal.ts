import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { sessionUserId } from "@/lib/auth/session";
import { db } from "@/lib/db";

// Thrown inside an action when the signed-in user may not do what was asked;
// the action's form shows the message and keeps what was typed.
export class ActionRefused extends Error {}

export function refuse(message: string): never {
  throw new ActionRefused(message);
}

const currentUserSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  organisation: {
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      verificationStatus: true,
      verificationNote: true,
      mergedIntoId: true,
      country: { select: { code: true, name: true } },
    },
  },
} as const;

// The signed-in user, re-read from the database on every request so that a role
// change, a new organisation or a deactivation applies at once.
export const getCurrentUser = cache(async () => {
  const id = await sessionUserId();
  if (!id) return null;
  return db.user.findFirst({ where: { id, deactivatedAt: null }, select: currentUserSelect });
});

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;

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
