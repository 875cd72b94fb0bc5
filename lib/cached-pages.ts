import type { Role } from "@/lib/generated/prisma/enums";
import listQueryKeyNames from "@/lib/list-query-keys.json";
import { searchParamsOf, type SearchParams } from "@/lib/search-params";

// Public pages look the same to every viewer of one kind: visitors, who are not
// signed in, members, whose header offers their account, and admins, whose header
// also links to the admin area. A request of any kind is rewritten to
// /cached/<viewer>/<query>/<path>: routes that render the page once for that kind
// of viewer and keep it in Next's cache until a write revalidates it. The query
// sits in the path because Next caches a page by its path alone; pages that ignore
// it get "_". proxy.ts rewrites list pages with a query for everyone, and the other
// pages for the signed-in without the viewer hint (lib/auth/cookie.ts); next.config.mjs
// rewrites the rest, which costs less.
export const CACHED_ROOT = "/cached";
export const NO_QUERY = "_";

export const viewerKinds = ["visitor", "member", "admin"] as const;
export type ViewerKind = (typeof viewerKinds)[number];

// The kind a role signs in as; without one (no session, no user), a visitor.
export function viewerKindOf(role: Role | null | undefined): ViewerKind {
  if (!role) return "visitor";
  return role === "ADMIN" ? "admin" : "member";
}

export const isViewerKind = (value: string): value is ViewerKind =>
  (viewerKinds as readonly string[]).includes(value);

// A longer query (a pasted search, say) is rendered on request rather than cached.
const MAX_QUERY_LENGTH = 300;

const listPages = ["/cities", "/organizations", "/partnerships", "/projects", "/recommendations"];

// Every query parameter a list page reads (lib/list-query-keys.json). A visitor's list
// page asked for with none of them is the same page as the copy without a query, so
// next.config.mjs, which reads the same file, rewrites it there at once; proxy.ts's
// matcher (running the proxy adds about half a millisecond to a cached page) catches
// list pages by these names, literally, as Next requires. tests/unit/cached-pages.test.ts
// holds the matcher, and the pages, to the file.
export const listQueryKeys: readonly string[] = listQueryKeyNames;

// Lists too: all the endorsers of an entry, a page at a time.
const endorsementPages = /^\/(?:projects|recommendations)\/[^/.]+\/endorsements$/;

// Pages that ignore the query and show a signed-in viewer nothing of their own. A
// project's or a recommendation's copy has the viewer's edit link and endorsement
// form fetched by the browser (components/entries/entry-viewer-panel.tsx); not /projects/new.
const queryFreePages =
  /^\/(?:about|countries|developers|workshops)?$|^\/(?:countries|organizations|partnerships|projects|recommendations|workshops)\/(?!new$)[^/.]+$/;

// An entry's page with ?yours=1 is rendered on request for its signed-in viewer, with
// their own forms: where the copy's panel leads without JavaScript.
export const OWN_VIEW_PARAM = "yours";

// The same query whatever the order of its parameters or the empty ones a GET form sends.
export function canonicalQuery(search: URLSearchParams): string {
  const kept = [...search].filter(([, value]) => value.trim() !== "");
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(kept).toString();
}

// Where a request for a public page is served from, or null to render it on request.
export function cachedPagePath(pathname: string, search: URLSearchParams, viewer: ViewerKind): string | null {
  if (listPages.includes(pathname) || endorsementPages.test(pathname)) {
    const query = canonicalQuery(search);
    if (query.length > MAX_QUERY_LENGTH) return null;
    return `${CACHED_ROOT}/${viewer}/${query ? encodeURIComponent(query) : NO_QUERY}${pathname}`;
  }
  if (queryFreePages.test(pathname) && !search.has(OWN_VIEW_PARAM))
    return `${CACHED_ROOT}/${viewer}/${NO_QUERY}${pathname === "/" ? "" : pathname}`;
  return null;
}

// The copy's own segments, and those of the page it copies.
export type CachedPageParams<PageParams = object> = Promise<{ viewer: string; query: string } & PageParams>;

// The page's search parameters, read back from the path segment of the rewrite.
export async function cachedSearchParams(params: CachedPageParams): Promise<SearchParams> {
  const { query } = await params;
  return searchParamsOf(new URLSearchParams(query === NO_QUERY ? "" : decodeURIComponent(query)));
}
