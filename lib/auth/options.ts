import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddressOf } from "@/lib/client-address";
import { readSessionUser, type CurrentUser } from "@/lib/dal";
import { publicOrigin } from "@/lib/public-url";
import { safeRedirectUrl } from "@/lib/return-path";
import { authSecret } from "./secret";
import { SESSION_MAX_AGE, sessionCookie } from "./cookie";
import { createSessionRecord, deleteSessionRecord, extendSessionRecord } from "./session-records";
import { authenticate } from "./sign-in";

// Thrown by the jwt callback for a session that was ended on the server: next-auth
// then clears the cookie and answers as to a visitor.
class SessionEnded extends Error {}

// What the jwt callback read, for the session callback of the same request: one read.
const sessionUsers = new WeakMap<JWT, CurrentUser>();

// next-auth serves /api/auth/* (session, csrf, credentials callback, sign-out); the
// portal's own forms sign in through the same authenticate(), the same cookie and
// the same session rows (lib/auth/session-records.ts), so either ends the other's.
export function authOptions(): NextAuthOptions {
  // next-auth writes its redirects from NEXTAUTH_URL, else from the request's Host
  // and X-Forwarded-* headers: the portal's one public address instead.
  process.env.NEXTAUTH_URL = publicOrigin();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    cookies: { sessionToken: sessionCookie },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "e-mail and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const result = await authenticate({
            email: credentials?.email ?? "",
            password: credentials?.password ?? "",
            clientAddress: clientAddressOf(new Headers(request.headers as Record<string, string>)),
          });
          return result.ok ? result.user : null;
        },
      }),
    ],
    callbacks: {
      // next-auth's default lets "/\t/evil.example" through: the portal's own check instead.
      redirect: ({ url }) => safeRedirectUrl(url),
      // The same claims as the portal's own sign-in (lib/auth/session.ts).
      async jwt({ token, user }) {
        if (user) {
          const sid = await createSessionRecord(user.id);
          return { sub: user.id, role: "role" in user ? user.role : undefined, sid };
        }
        const current =
          typeof token.sub === "string" && typeof token.sid === "string"
            ? await readSessionUser(token.sub, token.sid)
            : null;
        if (!current) throw new SessionEnded("The session was ended on the server.");
        await extendSessionRecord(current.session.id, new Date(current.session.expires));
        sessionUsers.set(token, current);
        return token;
      },
      session({ session, token }) {
        const user = sessionUsers.get(token);
        return {
          ...session,
          user: user && {
            id: user.id,
            name: user.name,
            email: user.email,
            role: user.role,
            organisationId: user.organisation?.id ?? null,
          },
        };
      },
    },
    events: {
      // next-auth's own sign-out ends the session's row as the portal's does.
      async signOut({ token }) {
        if (typeof token?.sid === "string") await deleteSessionRecord(token.sid);
      },
    },
    logger: {
      error(code, metadata) {
        if (metadata instanceof SessionEnded) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
      warn: (code) => console.warn(`[next-auth][warn][${code}]`),
      debug: () => {},
    },
  };
}
