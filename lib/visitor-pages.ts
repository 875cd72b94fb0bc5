import { searchParamsOf, type SearchParams } from "@/lib/search-params";

// Visitors who are not signed in see the same public pages, so proxy.ts rewrites
// their requests to /visitor/<query>/<path>: routes that render those pages once,
// with no session, and keep them in Next's cache until a write revalidates them.
// The query sits in the path because Next caches a page by its path alone.
export const VISITOR_ROOT = "/visitor";
export const NO_QUERY = "_";

// A longer query (a pasted search, say) is rendered on request rather than cached.
const MAX_QUERY_LENGTH = 300;

// Pages whose content depends on the query; the others ignore it, so it is dropped
// rather than stored once per variant.
const listPages = new Set(["/cities", "/organizations", "/partnerships", "/projects", "/recommendations"]);
const detailPages = /^\/(countries|organizations|partnerships|projects|recommendations|workshops)\/[^/.]+$/;
const otherPages = new Set(["/", "/about", "/countries", "/developers", "/workshops"]);
// Detail-shaped paths that are forms for signed-in members, never cached.
const memberPages = new Set(["/projects/new"]);

export function isPublicPage(pathname: string) {
  if (memberPages.has(pathname)) return false;
  return listPages.has(pathname) || otherPages.has(pathname) || detailPages.test(pathname);
}

// The same query whatever the order of its parameters or the empty ones a GET form sends.
export function canonicalQuery(search: URLSearchParams): string {
  const kept = [...search].filter(([, value]) => value.trim() !== "");
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(kept).toString();
}

// Where a visitor's request for a public page is served from, or null to render it on request.
export function visitorPath(pathname: string, search: URLSearchParams): string | null {
  if (!isPublicPage(pathname)) return null;
  const query = listPages.has(pathname) ? canonicalQuery(search) : "";
  if (query.length > MAX_QUERY_LENGTH) return null;
  const segment = query ? encodeURIComponent(query) : NO_QUERY;
  return `${VISITOR_ROOT}/${segment}${pathname === "/" ? "" : pathname}`;
}

export type VisitorParams = Promise<{ query: string }>;

// The page's search parameters, read back from the path segment proxy.ts wrote.
export async function visitorSearchParams(params: VisitorParams): Promise<SearchParams> {
  const { query } = await params;
  return searchParamsOf(new URLSearchParams(query === NO_QUERY ? "" : decodeURIComponent(query)));
}
