import { searchParamsOf, type SearchParams } from "@/lib/search-params";

// Visitors who are not signed in see the same public pages, so their requests are
// rewritten to /visitor/<query>/<path>: routes that render those pages once, with
// no session, and keep them in Next's cache until a write revalidates them. The
// query sits in the path because Next caches a page by its path alone. Pages that
// ignore the query are rewritten in next.config.mjs (no query: "_"); the list
// pages, here, for proxy.ts.
export const VISITOR_ROOT = "/visitor";
export const NO_QUERY = "_";

// A longer query (a pasted search, say) is rendered on request rather than cached.
const MAX_QUERY_LENGTH = 300;

const listPages = ["/cities", "/organizations", "/partnerships", "/projects", "/recommendations"];

// The same query whatever the order of its parameters or the empty ones a GET form sends.
export function canonicalQuery(search: URLSearchParams): string {
  const kept = [...search].filter(([, value]) => value.trim() !== "");
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(kept).toString();
}

// Where a visitor's request for a list page is served from, or null to render it on request.
export function visitorListPath(pathname: string, search: URLSearchParams): string | null {
  if (!listPages.includes(pathname)) return null;
  const query = canonicalQuery(search);
  if (query.length > MAX_QUERY_LENGTH) return null;
  return `${VISITOR_ROOT}/${query ? encodeURIComponent(query) : NO_QUERY}${pathname}`;
}

export type VisitorParams = Promise<{ query: string }>;

// The page's search parameters, read back from the path segment of the rewrite.
export async function visitorSearchParams(params: VisitorParams): Promise<SearchParams> {
  const { query } = await params;
  return searchParamsOf(new URLSearchParams(query === NO_QUERY ? "" : decodeURIComponent(query)));
}
