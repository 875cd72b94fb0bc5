import { publicOrigin } from "@/lib/public-url";

export const SESSION_MAX_AGE = 30 * 24 * 60 * 60;

// Secure cookies when the portal is served over https.
const secure = publicOrigin().startsWith("https://");
const options = { httpOnly: true, sameSite: "lax" as const, path: "/", secure };

// next-auth's own session cookie, so its endpoints (/api/auth/session) and the
// portal's sign-in form read and write the same JWT.
export const sessionCookie = { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, options };
