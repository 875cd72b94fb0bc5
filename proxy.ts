import { NextResponse, type NextRequest } from "next/server";
import { sessionCookie } from "@/lib/auth/cookie";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { CACHED_ROOT, cachedPagePath, type ViewerKind } from "@/lib/cached-pages";

// Public pages come from Next's cache, one copy per kind of viewer (lib/cached-pages.ts).
// Here: the list pages, whose query moves into the path, for everyone; the other
// public pages for the signed-in without the viewer hint (lib/auth/cookie.ts), which
// next.config.mjs's rewrites read, as they serve visitors, at less cost.
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  // The copies are reached only through these rewrites, never by their own address.
  if (pathname === CACHED_ROOT || pathname.startsWith(`${CACHED_ROOT}/`)) {
    return new NextResponse("Not found", { status: 404 });
  }
  // Forms post to the page itself, and server actions run there.
  if ((request.method !== "GET" && request.method !== "HEAD") || request.headers.has("next-action")) {
    return NextResponse.next();
  }
  const viewer = await viewerOf(request);
  const target = cachedPagePath(pathname, searchParams, viewer);
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  url.search = "";
  return NextResponse.rewrite(url);
}

// A request without a valid session is a visitor's. The role in the token picks only
// the copy, which differs by the header's admin link; the admin area checks the role
// in the database.
async function viewerOf(request: NextRequest): Promise<ViewerKind> {
  const claims = await decodeSessionToken(request.cookies.get(sessionCookie.name)?.value);
  if (!claims) return "visitor";
  return claims.admin ? "admin" : "member";
}

// Literal, as Next requires: the pages of lib/cached-pages.ts. Those that are
// rewritten here only for the signed-in, with either name of next-auth's session cookie
// (plain or __Secure-) and no viewer hint; next.config.mjs rewrites the rest.
export const config = {
  matcher: [
    "/cached/:path*",
    // List pages for visitors only with a parameter lists read (lib/list-query-keys.json).
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
    {
      source: "/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "cookie", key: "next-auth.session-token" }],
      missing: [{ type: "cookie", key: "portal-viewer" }],
    },
    {
      source: "/(cities|organizations|partnerships|projects|recommendations)",
      has: [{ type: "cookie", key: "__Secure-next-auth.session-token" }],
      missing: [{ type: "cookie", key: "portal-viewer" }],
    },
    "/(projects|recommendations)/:item([^/.]+)/endorsements",
    {
      source: "/",
      has: [{ type: "cookie", key: "next-auth.session-token" }],
      missing: [{ type: "cookie", key: "portal-viewer" }],
    },
    {
      source: "/",
      has: [{ type: "cookie", key: "__Secure-next-auth.session-token" }],
      missing: [{ type: "cookie", key: "portal-viewer" }],
    },
    {
      source: "/(about|countries|developers|workshops)",
      has: [{ type: "cookie", key: "next-auth.session-token" }],
      missing: [{ type: "cookie", key: "portal-viewer" }],
    },
    {
      source: "/(about|countries|developers|workshops)",
      has: [{ type: "cookie", key: "__Secure-next-auth.session-token" }],
      missing: [{ type: "cookie", key: "portal-viewer" }],
    },
    {
      source: "/(countries|organizations|partnerships|projects|recommendations|workshops)/:item([^/.]+)",
      has: [{ type: "cookie", key: "next-auth.session-token" }],
      missing: [{ type: "cookie", key: "portal-viewer" }],
    },
    {
      source: "/(countries|organizations|partnerships|projects|recommendations|workshops)/:item([^/.]+)",
      has: [{ type: "cookie", key: "__Secure-next-auth.session-token" }],
      missing: [{ type: "cookie", key: "portal-viewer" }],
    },
  ],
};
