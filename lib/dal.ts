import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { sessionClaims } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type {
  MembershipRole,
  OrganisationKind,
  Role,
  VerificationStatus,
} from "@/lib/generated/prisma/enums";

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
  // The language of their mail and notifications (one of i18n/routing.ts's locales).
  locale: string;
  emailConfirmed: boolean;
  role: Role;
  // The user's place in their organisation (meaningless without one).
  membershipRole: MembershipRole;
  membershipNote: string | null;
  // The session this request came with: its row, and when it ends.
  session: { id: string; expires: string };
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
// change, a new organisation, a deactivation or a session ended elsewhere (sign-out,
// "sign out everywhere", a new password) applies at once. Every signed-in request
// and action reads it, so it is one plain query on two primary keys that builds the
// user's shape itself: Prisma compiles a nested select anew on each call
// (WebAssembly, a millisecond or more), a raw one hardly at all.
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await sessionClaims();
  if (!claims?.sessionId) return null;
  return readSessionUser(claims.userId, claims.sessionId);
});

// The user of a session that still exists; null for an ended or unknown one. Also
// what next-auth's callbacks ask (lib/auth/options.ts), so both agree.
export async function readSessionUser(userId: string, sessionId: string): Promise<CurrentUser | null> {
  const [user] = await db.$queryRaw<CurrentUser[]>`
    SELECT u.id, u.name, u.email, u.locale, u."emailVerified" IS NOT NULL AS "emailConfirmed", u.role,
      u."membershipRole", u."membershipNote",
      json_build_object('id', s."sessionToken", 'expires', s.expires) AS session,
      CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object(
        'id', o.id, 'slug', o.slug, 'name', o.name, 'kind', o.kind,
        'verificationStatus', o."verificationStatus", 'verificationNote', o."verificationNote",
        'mergedIntoId', o."mergedIntoId",
        'country', CASE WHEN c.code IS NULL THEN NULL ELSE json_build_object('code', c.code, 'name', c.name) END
      ) END AS organisation
    FROM "Session" s
    JOIN "User" u ON u.id = s."userId"
    LEFT JOIN "Organisation" o ON o.id = u."organisationId"
    LEFT JOIN "Country" c ON c.code = o."countryCode"
    WHERE s."sessionToken" = ${sessionId} AND u.id = ${userId} AND u."deactivatedAt" IS NULL`;
  return user ?? null;
}

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

// Why this person may not act yet, whatever for: their address is not confirmed, or
// their organisation has not approved them. Admins act for the portal itself.
export function accountProblem(user: CurrentUser): string | null {
  if (user.role === "ADMIN") return null;
  if (!user.emailConfirmed) {
    return `Confirm your e-mail address first: open the link we sent to ${user.email}, or send a new one from your account page.`;
  }
  if (user.organisation && user.membershipRole === "PENDING") {
    return `Your request to join ${user.organisation.name} is waiting for the approval of one of its managers; until then you cannot act for it.`;
  }
  return null;
}

// Why a user cannot act for an organisation, or null when they can. Every action
// for an organisation asks this, through requireActingOrganisation.
export function organisationProblem(user: CurrentUser): string | null {
  const organisation = user.organisation;
  if (!organisation) return "Your account does not belong to an organisation, so it cannot act for one.";
  if (organisation.verificationStatus === "REJECTED" || organisation.mergedIntoId) {
    return `${organisation.name} cannot act on the portal: its registration was rejected or merged into another organisation. Contact the portal's team.`;
  }
  return accountProblem(user);
}

// The organisation a member acts for; refuses the action when there is none.
export function requireActingOrganisation(user: CurrentUser) {
  const problem = organisationProblem(user);
  if (problem || !user.organisation) refuse(problem ?? "");
  return user.organisation;
}

// For what a person does in their own name (a report): refuses until they may act.
export function requireTrustedAccount(user: CurrentUser) {
  const problem = accountProblem(user);
  if (problem) refuse(problem);
}

export const isManager = (user: CurrentUser) =>
  user.membershipRole === "MANAGER" && organisationProblem(user) === null;

// Managers of an organisation, and the portal's admins, answer its requests and
// manage its members.
export function requireOrganisationManager(user: CurrentUser, organisationId: string) {
  if (user.role === "ADMIN") return;
  if (user.organisation?.id !== organisationId || !isManager(user))
    refuse("Only the organisation's managers and the portal's admins may manage its members.");
}
