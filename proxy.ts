import { NextResponse, type NextRequest } from "next/server";
import { splitLocale } from "@/i18n/locale-names";
import { cachedPagePath, isCachedCopyPath } from "@/lib/cached-pages";

// next-intl's request header (i18n/request.ts reads it through `requestLocale`).
const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";

// Public pages come from Next's cache, one copy per URL (lib/cached-pages.ts). Here:
// the list pages with a query, which moves into the path; next.config.mjs's rewrites
// serve the rest, at less cost.
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
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
  const target = cachedPagePath(pathname, searchParams);
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  url.search = "";
  return NextResponse.rewrite(url);
}

// Literal, as Next requires: list pages with a parameter lists read
// (lib/list-query-keys.json), and an entry's endorsers, in every language; posts to a
// page in a language other than English; next.config.mjs rewrites the rest.
export const config = {
  matcher: [
    "/cached/:path*",
    "/:locale(en|fr|de|zh|ja|ko|vi)/cached/:path*",
    { source: "/:locale(fr|de|zh|ja|ko|vi)/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:locale(fr|de|zh|ja|ko|vi)/:path*", has: [{ type: "header", key: "content-type" }] },
    {
      source: "/:locale(fr|de|zh|ja|ko|vi)?/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "area" }],
    },
    {
      source: "/:locale(fr|de|zh|ja|ko|vi)?/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "audience" }],
    },
    {
      source: "/:locale(fr|de|zh|ja|ko|vi)?/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "city" }],
    },
    {
      source: "/:locale(fr|de|zh|ja|ko|vi)?/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "country" }],
    },
    {
      source: "/:locale(fr|de|zh|ja|ko|vi)?/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "discipline" }],
    },
    {
      source: "/:locale(fr|de|zh|ja|ko|vi)?/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "kind" }],
    },
    {
      source: "/:locale(fr|de|zh|ja|ko|vi)?/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "organisation" }],
    },
    {
      source: "/:locale(fr|de|zh|ja|ko|vi)?/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "page" }],
    },
    {
      source: "/:locale(fr|de|zh|ja|ko|vi)?/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "programme" }],
    },
    {
      source: "/:locale(fr|de|zh|ja|ko|vi)?/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "q" }],
    },
    {
      source: "/:locale(fr|de|zh|ja|ko|vi)?/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "sort" }],
    },
    {
      source: "/:locale(fr|de|zh|ja|ko|vi)?/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "status" }],
    },
    {
      source: "/:locale(fr|de|zh|ja|ko|vi)?/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "verification" }],
    },
    {
      source: "/:locale(fr|de|zh|ja|ko|vi)?/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "workshop" }],
    },
    {
      source: "/:locale(fr|de|zh|ja|ko|vi)?/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "year" }],
    },
    "/:locale(fr|de|zh|ja|ko|vi)?/(projects|recommendations)/:item([^/.]+)/endorsements",
  ],
};
