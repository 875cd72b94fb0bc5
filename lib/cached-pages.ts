import { routing } from "@/i18n/routing";
import listQueryKeyNames from "@/lib/list-query-keys.json";
import { searchParamsOf, type SearchParams } from "@/lib/search-params";

// Public pages are the same for every viewer: one copy per URL, whoever asks. The
// rewrites in next.config.mjs send a request for one to /<locale>/cached/<query>/<path>
// (English, at the root, is /en/cached/…): routes that render the page once and keep it
// in Next's cache until a write expires its tags (lib/cache-tags.ts). The query sits in
// the path because Next caches a page by its path alone; pages that ignore it get "_",
// and a list's parameters follow it as "&key=value" (see cachedQuery). What is the
// viewer's own comes from /api/viewer into client islands.
export const CACHED_ROOT = "/cached";
export const NO_QUERY = "_";

// Every query parameter a list page reads (lib/list-query-keys.json), which
// next.config.mjs's rewrites move into the path, one after another in this order.
// tests/unit/cached-pages.test.ts holds the file to the lists' schemas.
export const listQueryKeys: readonly string[] = listQueryKeyNames;

// The same query whatever the order of its parameters or the empty ones a GET form sends.
export function canonicalQuery(search: URLSearchParams): string {
  const kept = [...search].filter(([, value]) => value.trim() !== "");
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(kept).toString();
}

// Whether a path is a cached copy's own address, which no one may open.
export function isCachedCopyPath(pathname: string): boolean {
  const [, first, second] = pathname.split("/");
  return (
    `/${first}` === CACHED_ROOT ||
    (routing.locales.some((locale) => locale === first) && `/${second}` === CACHED_ROOT)
  );
}

// The copy's own segment, and those of the page it copies.
export type CachedPageParams<PageParams = object> = Promise<{ locale: string; query: string } & PageParams>;

// The page's query, read back from the path segment the rewrites wrote: "_" and then
// "&key=value" for each parameter, the value as it was asked for, decoded (the rewrites
// move only values without & = % + / ? # into the path; a page asked for with any other
// is rendered on request). Next may hand the segment over still encoded.
export async function cachedQuery(params: Promise<{ query: string }>): Promise<string> {
  const { query } = await params;
  const segment = query.includes("%") ? decodeURIComponent(query) : query;
  const pairs = segment
    .split("&")
    .slice(1)
    .map((pair): [string, string] => {
      const equals = pair.indexOf("=");
      return [pair.slice(0, equals), pair.slice(equals + 1)];
    });
  return new URLSearchParams(pairs).toString();
}

// The page's search parameters, likewise.
export async function cachedSearchParams(params: Promise<{ query: string }>): Promise<SearchParams> {
  return searchParamsOf(new URLSearchParams(await cachedQuery(params)));
}
