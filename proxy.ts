import { NextResponse, type NextRequest } from "next/server";
import { splitLocale } from "@/i18n/locale-names";
import { isCachedCopyPath } from "@/lib/cached-pages";

// next-intl's request header (i18n/request.ts reads it through `requestLocale`).
const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";

// Public pages come from Next's cache, one copy per URL (lib/cached-pages.ts), through
// next.config.mjs's rewrites, which cost far less per request than this proxy. Here: the
// copies' own addresses, and the language of forms posted to a page.
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // The copies are reached only through these rewrites, never by their own address: asked
  // for by it, a copy is an address no page has, answered with the 404 page in its language.
  if (isCachedCopyPath(pathname))
    return NextResponse.rewrite(new URL(`/${splitLocale(pathname).locale}/not-found`, request.url));
  // Forms post to the page itself, and server actions run there, in the page's language:
  // an action may not read the route's locale, so it comes in the request's header.
  if ((request.method !== "GET" && request.method !== "HEAD") || request.headers.has("next-action")) {
    const headers = new Headers(request.headers);
    headers.set(LOCALE_HEADER, splitLocale(pathname).locale);
    return NextResponse.next({ request: { headers } });
  }
  return NextResponse.next();
}

// Literal, as Next requires: the copies' addresses; posts to a page in a language other
// than English.
export const config = {
  matcher: [
    "/cached/:path*",
    "/:locale(en|fr|de|zh|ja|ko|vi)/cached/:path*",
    { source: "/:locale(fr|de|zh|ja|ko|vi)/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:locale(fr|de|zh|ja|ko|vi)/:path*", has: [{ type: "header", key: "content-type" }] },
  ],
};
