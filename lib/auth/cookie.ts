import { publicOrigin } from "@/lib/public-url";

export const SESSION_MAX_AGE = 30 * 24 * 60 * 60;

// Secure cookies when the portal is served over https.
const secure = publicOrigin().startsWith("https://");
const options = { httpOnly: true, sameSite: "lax" as const, path: "/", secure };

// next-auth's own session cookie, so its endpoints (/api/auth/session) and the
// portal's sign-in form read and write the same JWT.
export const sessionCookie = { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, options };

// Beside the session, the kind of viewer it signed in as ("member" or "admin"), in
// plain text: next.config.mjs's rewrites read it to serve a signed-in viewer the
// cached copy of their kind without running proxy.ts, which would have to decrypt
// the session to learn it. It picks a copy and nothing else: a forged or stale one
// shows its holder another public page's header; pages and actions read the
// session. Its name is written out in next.config.mjs and held to this by a test.
export const viewerHintCookie = { name: "portal-viewer", options };
