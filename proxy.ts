import { NextResponse, type NextRequest } from "next/server";
import { CACHED_ROOT, cachedPagePath } from "@/lib/cached-pages";

// Public pages come from Next's cache, one copy per URL (lib/cached-pages.ts). Here:
// the list pages with a query, which moves into the path; next.config.mjs's rewrites
// serve the rest, at less cost.
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  // The copies are reached only through these rewrites, never by their own address.
  if (pathname === CACHED_ROOT || pathname.startsWith(`${CACHED_ROOT}/`)) {
    return new NextResponse("Not found", { status: 404 });
  }
  // Forms post to the page itself, and server actions run there.
  if ((request.method !== "GET" && request.method !== "HEAD") || request.headers.has("next-action")) {
    return NextResponse.next();
  }
  const target = cachedPagePath(pathname, searchParams);
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  url.search = "";
  return NextResponse.rewrite(url);
}

// Literal, as Next requires: list pages with a parameter lists read
// (lib/list-query-keys.json), and an entry's endorsers; next.config.mjs rewrites the rest.
export const config = {
  matcher: [
    "/cached/:path*",
    {
      source: "/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "area" }],
    },
    {
      source: "/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "audience" }],
    },
    {
      source: "/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "city" }],
    },
    {
      source: "/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "country" }],
    },
    {
      source: "/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "discipline" }],
    },
    {
      source: "/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "kind" }],
    },
    {
      source: "/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "organisation" }],
    },
    {
      source: "/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "page" }],
    },
    {
      source: "/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "programme" }],
    },
    {
      source: "/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "q" }],
    },
    {
      source: "/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "sort" }],
    },
    {
      source: "/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "status" }],
    },
    {
      source: "/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "verification" }],
    },
    {
      source: "/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "workshop" }],
    },
    {
      source: "/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "query", key: "year" }],
    },
    "/(projects|recommendations)/:item([^/.]+)/endorsements",
  ],
};
