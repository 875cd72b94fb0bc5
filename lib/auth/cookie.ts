import { env } from "@/lib/env";

export const SESSION_MAX_AGE = 30 * 24 * 60 * 60;

const secure = env.NEXTAUTH_URL?.startsWith("https://") ?? false;

// next-auth's own session cookie, so its endpoints (/api/auth/session) and the
// portal's sign-in form read and write the same JWT.
export const sessionCookie = {
  name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
  options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
};
