import { NextResponse, type NextRequest } from "next/server";
import { visitorListPath } from "@/lib/visitor-pages";

// Visitors without a session get the list pages from the cache, their query moved
// into the path (lib/visitor-pages.ts); other public pages are rewritten in
// next.config.mjs, which needs no code and costs less per request.
export function proxy(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const target = visitorListPath(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  url.search = "";
  return NextResponse.rewrite(url);
}

export const config = {
  // The list pages (lib/visitor-pages.ts), without next-auth's session cookie (plain or __Secure-).
  matcher: [
    {
      source: "/(cities|organizations|partnerships|projects|recommendations)",
      missing: [
        { type: "cookie", key: "next-auth.session-token" },
        { type: "cookie", key: "__Secure-next-auth.session-token" },
      ],
    },
  ],
};
