import { env } from "@/lib/env";

// The portal's one public address (PUBLIC_URL). Every absolute link it writes (feeds,
// downloads, the API, e-mails, next-auth's redirects) comes from here, never from a
// request's Host or X-Forwarded-* headers, which any client can set. `npm run serve`
// refuses to start without it (server.ts); the development server and the tests,
// which have no public address, use the local one.
export function publicOrigin(): string {
  return env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
}

// An absolute URL on the portal for a path such as "/projects/x?page=2".
export function publicUrl(path = "/"): string {
  return new URL(path, publicOrigin()).toString();
}
