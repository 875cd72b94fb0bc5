import { env } from "@/lib/env";

// Absolute links in feeds, downloads and the API: the portal's configured public
// address when there is one, else the address the request came to.
export function siteOrigin(request: Request): string {
  return new URL(env.NEXTAUTH_URL ?? request.url).origin;
}
