import { createRequire } from "node:module";
import createNextIntlPlugin from "next-intl/plugin";
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

// The languages (i18n/routing.ts, which a unit test holds this to): English at the root,
// the others under their prefix (/fr/projects). Pages live under app/[locale].
const defaultLocale = "en";
const prefixedLocales = "fr|de|zh|ja|ko|vi";

// Public pages come from their cached copies under /<locale>/cached/ (lib/cached-pages.ts),
// the same for every viewer. Not server actions, nor forms posted without JavaScript
// (they have a body, so a content type): those go to the page as it is.
const notAForm = [
  { type: "header", key: "next-action" },
  { type: "header", key: "content-type" },
];

const queryFreePages = [
  { source: "", page: "" },
  { source: "/:page(about|countries|developers|workshops)", page: "/:page" },
  // An entry's page; not /projects/new, and not the downloads and feeds (they have a dot).
  {
    source:
      "/:section(countries|organizations|partnerships|projects|recommendations|workshops)/:item((?!new$)[^/.]+)",
    page: "/:section/:item",
  },
];

// Pages whose copy depends on the query: the lists, and an entry's endorsers (a page at a time).
const lists = "cities|organizations|partnerships|projects|recommendations";
const listPages = [
  { source: `/:list(${lists})`, page: "/:list" },
  {
    source: "/:section(projects|recommendations)/:item([^/.]+)/endorsements",
    page: "/:section/:item/endorsements",
  },
];
const copyOf = (pages) => `/:locale(${defaultLocale}|${prefixedLocales})/cached/:query/:copy(${pages})`;
const listCopy = copyOf(lists);
const listOrEndorsersCopy = copyOf(`${lists}|(?:projects|recommendations)/[^/.]+/endorsements`);

// A value that can sit in the path as it is: up to 100 printable ASCII characters but
// & = % + / ? # \ (the copy reads the query back by & and =, and Next names the path it
// rewrote to in a header, which takes no other characters).
const pathSafeValue = String.raw`[^&=%+/?#\\\x00-\x1f\x7f-\uffff]{1,100}`;

const cachedPageRewrites = [
  ...[...queryFreePages, ...listPages].flatMap(({ source, page }) => [
    { source: source || "/", destination: `/${defaultLocale}/cached/_${page}`, missing: notAForm },
    {
      source: `/:locale(${prefixedLocales})${source}`,
      destination: `/:locale/cached/_${page}`,
      missing: notAForm,
    },
  ]),
  // Rewrites follow one another: each parameter a list reads joins its copy's path in
  // turn, "&key=value", so the order of the parameters asked for makes no other copy, and
  // parameters no list reads (utm_source) make none at all. Empty ones (a GET form sends
  // every field) match no value.
  ...listQueryKeys.map((key) => ({
    source: key === "page" ? listOrEndorsersCopy : listCopy,
    has: [{ type: "query", key, value: `(?<value>${pathSafeValue})` }],
    destination: `/:locale/cached/:query&${key}=:value/:copy`,
  })),
  // A value that cannot sit in the path: the page rendered on request, which reads the query.
  ...listQueryKeys.map((key) => ({
    source: key === "page" ? listOrEndorsersCopy : listCopy,
    has: [{ type: "query", key, value: String.raw`(?!${pathSafeValue}$)[\s\S]+` }],
    destination: "/:locale/:copy",
  })),
];

// Every other English address is its page under /en: not the API, map files, sitemaps, Next's own
// files, nor files at the root (robots.txt, sitemap.xml, icon.svg).
const englishRewrites = [
  { source: "/", destination: `/${defaultLocale}` },
  {
    source: `/:path((?!(?:${defaultLocale}|${prefixedLocales}|api|maps|sitemaps)(?:/|$))(?!_)(?![^/]*\\.[^/]*$).+)`,
    destination: `/${defaultLocale}/:path`,
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files at run time: keep it out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
  // Next hashes the whole body of every response for its ETag, a tenth of the CPU a
  // cached 100 KB list page costs; caching in front of the portal can add its own.
  generateEtags: false,
  typedRoutes: false,
  // With REDIS_URL, Next's caches live in Redis, shared by every server process
  // (cache-handler.mjs); without it, in this process's memory.
  ...(process.env.REDIS_URL && {
    cacheHandler: createRequire(import.meta.url).resolve("./cache-handler.mjs"),
    cacheMaxMemorySize: 0,
  }),
  experimental: {
    // forbidden() for signed-in users who lack the admin role.
    authInterrupts: true,
    // app/global-not-found.tsx: an address outside every language's pages.
    globalNotFound: true,
    // Cached pages (lib/cached-pages.ts) live in memory only: a page written to disk
    // would outlive a reseed or a restart and show data that is no longer there.
    isrFlushToDisk: false,
  },
  async rewrites() {
    return { beforeFiles: [...cachedPageRewrites, ...englishRewrites] };
  },
  async redirects() {
    // English has no prefix: /en/projects is /projects.
    return [
      { source: `/${defaultLocale}`, destination: "/", permanent: true },
      { source: `/${defaultLocale}/:path*`, destination: "/:path*", permanent: true },
    ];
  },
  async headers() {
    // An unnamed pattern: with a named one, Next would compile each header's value
    // against its parameters on every request.
    return [{ source: "/(.*)", headers: securityHeaders }];
  },
};

// Interface strings by language: i18n/request.ts.
export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
