import { NextResponse, type NextRequest } from "next/server";
import { visitorPath } from "@/lib/visitor-pages";

// Visitors without a session get public pages from the cache (lib/visitor-pages.ts);
// signed-in members, forms and every other request go to the page as it is.
export function proxy(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const target = visitorPath(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  url.search = "";
  return NextResponse.rewrite(url);
}

export const config = {
  // Only requests without next-auth's session cookie (plain or __Secure-) reach the proxy.
  matcher: [
    {
      source: "/((?!_next/|api/|visitor/|admin|account|login|register|bench/).*)",
      missing: [
        { type: "cookie", key: "next-auth.session-token" },
        { type: "cookie", key: "__Secure-next-auth.session-token" },
      ],
    },
  ],
};
