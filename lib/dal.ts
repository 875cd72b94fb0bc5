import "server-only";
import { getLocale } from "next-intl/server";
import { forbidden } from "next/navigation";
import { cache } from "react";
import { getPathname, redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
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

// To the sign-in page in the reader's language, then back to `callbackUrl`, a path that
// already holds its language (/fr/projects/new).
export async function redirectToSignIn(callbackUrl: string): Promise<never> {
  return redirect({
    href: `/login?callbackUrl=${encodeURIComponent(callbackUrl)}`,
    locale: await getLocale(),
  });
}

// `returnTo` is the page's path without its language (/projects/new): visitors sign in
// and come back to it in the language they were reading.
export async function requireUser(returnTo = "/account"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const locale = (await getLocale()) as Locale;
    return redirectToSignIn(getPathname({ href: returnTo, locale }));
  }
  return user;
}

export async function requireAdmin(returnTo = "/admin"): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (user.role !== "ADMIN") forbidden();
  return user;
}
