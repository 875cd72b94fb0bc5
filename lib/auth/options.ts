import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddressOf } from "@/lib/client-address";
import { db } from "@/lib/db";
import { publicOrigin } from "@/lib/public-url";
import { authSecret } from "./secret";
import { SESSION_MAX_AGE, sessionCookie } from "./cookie";
import { authenticate } from "./sign-in";

// next-auth serves /api/auth/* (session, csrf, credentials callback); the portal's
// own forms sign in through the same authenticate() and the same cookie.
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
      // The same claims as the portal's own sign-in (lib/auth/session-token.ts).
      jwt: ({ token, user }) =>
        user ? { sub: user.id, role: "role" in user ? user.role : undefined } : token,
      // Fresh from the database on each call: a deactivated account has no session.
      async session({ session, token }) {
        const user = token.sub
          ? await db.user.findFirst({
              where: { id: token.sub, deactivatedAt: null },
              select: { id: true, name: true, email: true, role: true, organisationId: true },
            })
          : null;
        return { ...session, user: user ?? undefined };
      },
    },
  };
}
