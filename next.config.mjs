import listQueryKeys from "./lib/list-query-keys.json" with { type: "json" };

const isDevelopment = process.env.NODE_ENV === "development";

// Next's own inline scripts need 'unsafe-inline' unless every page carries a
// nonce, which would stop pages from being cached. User content cannot inject
// markup (markdown is rendered without raw HTML), so this holds the line.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDevelopment ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// Public pages come from their cached copies under /cached/<viewer>/ (lib/cached-pages.ts).
// The rewrites here serve the pages that ignore the query, and list pages asked for
// without one; proxy.ts does it for list pages with a query, which becomes part of
// the path, and for signed-in viewers without the viewer hint, at a higher cost per
// request. Not server actions, nor forms posted without JavaScript (they have a
// body, so a content type): those go to the page as it is.
const sessionCookies = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const notAForm = [
  { type: "header", key: "next-action" },
  { type: "header", key: "content-type" },
];
// The cookie lib/auth/cookie.ts sets beside the session: the kind of signed-in viewer.
const viewerHint = { type: "cookie", key: "portal-viewer", value: "(?<viewer>member|admin)" };

const queryFreePages = [
  { source: "/", page: "" },
  {
    // A list page with none of the parameters lists read: the copy without a query.
    source: "/:list(cities|organizations|partnerships|projects|recommendations)",
    page: "/:list",
    missing: listQueryKeys.map((key) => ({ type: "query", key })),
  },
  { source: "/:page(about|countries|developers|workshops)", page: "/:page" },
];
// An entry's page; not /projects/new, and not the downloads and feeds (they have a dot).
const entryPages = {
  source:
    "/:section(countries|organizations|partnerships|projects|recommendations|workshops)/:item((?!new$)[^/.]+)",
  page: "/:section/:item",
};

const visitorRewrites = [...queryFreePages, entryPages].map(({ source, page, missing = [] }) => ({
  source,
  destination: `/cached/visitor/_${page}`,
  missing: [...sessionCookies.map((key) => ({ type: "cookie", key })), ...notAForm, ...missing],
}));

// A signed-in viewer's copy, of the kind their hint names. Next tries the rewrites in
// order: a hint without a session has already had the visitor's copy above. An entry's
// page with ?yours=1 renders on request with the viewer's own forms (lib/cached-pages.ts);
// the copies fetch those from the browser. One rule per page, whatever the kind: every
// page request runs through each rule (Next compiles their patterns anew each time).
const ownView = { type: "query", key: "yours" };
const signedInRewrites = [...queryFreePages, { ...entryPages, missing: [ownView] }].map(
  ({ source, page, missing = [] }) => ({
    source,
    destination: `/cached/:viewer/_${page}`,
    has: [viewerHint],
    missing: [...notAForm, ...missing],
  }),
);

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The benchmark builds into a folder of its own, so it never replaces the build in .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The benchmark measures speed; `npm run typecheck` is what checks types.
  typescript: { ignoreBuildErrors: process.env.BENCH_BUILD === "1" },
  // PGlite loads its WebAssembly and data files at run time: keep it out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
  // Next hashes the whole body of every response for its ETag, a tenth of the CPU a
  // cached 100 KB list page costs; caching in front of the portal can add its own.
  generateEtags: false,
  typedRoutes: false,
  experimental: {
    // forbidden() for signed-in users who lack the admin role.
    authInterrupts: true,
    // Cached pages (lib/cached-pages.ts) live in memory only: a page written to disk
    // would outlive a reseed or a restart and show data that is no longer there.
    isrFlushToDisk: false,
  },
  async rewrites() {
    return { beforeFiles: [...visitorRewrites, ...signedInRewrites] };
  },
  async headers() {
    // An unnamed pattern: with a named one, Next would compile each header's value
    // against its parameters on every request.
    return [{ source: "/(.*)", headers: securityHeaders }];
  },
};

export default nextConfig;
