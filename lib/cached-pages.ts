import { splitLocale } from "@/i18n/locale-names";
import { routing } from "@/i18n/routing";
import listQueryKeyNames from "@/lib/list-query-keys.json";
import { searchParamsOf, type SearchParams } from "@/lib/search-params";

// Public pages are the same for every viewer: one copy per URL, whoever asks. A request
// for one is rewritten to /<locale>/cached/<query>/<path> (English, at the root, is
// /en/cached/…): routes that render the page once and
// keep it in Next's cache until a write expires its tags (lib/cache-tags.ts). The query
// sits in the path because Next caches a page by its path alone; pages that ignore it
// get "_". What is the viewer's own comes from /api/viewer into client islands.
// proxy.ts rewrites list pages with a query; next.config.mjs the rest, at less cost.
export const CACHED_ROOT = "/cached";
export const NO_QUERY = "_";

// A longer query (a pasted search, say) is rendered on request rather than cached.
const MAX_QUERY_LENGTH = 300;

const listPages = ["/cities", "/organizations", "/partnerships", "/projects", "/recommendations"];

// Every query parameter a list page reads (lib/list-query-keys.json). A list page asked
// for with none of them is the same page as the copy without a query, so next.config.mjs,
// which reads the same file, rewrites it there at once; proxy.ts's matcher catches list
// pages by these names, literally, as Next requires. tests/unit/cached-pages.test.ts
// holds the matcher, and the pages, to the file.
export const listQueryKeys: readonly string[] = listQueryKeyNames;

// Lists too: all the endorsers of an entry, a page at a time.
const endorsementPages = /^\/(?:projects|recommendations)\/[^/.]+\/endorsements$/;

// Pages that ignore the query; not /projects/new.
const queryFreePages =
  /^\/(?:about|countries|developers|workshops)?$|^\/(?:countries|organizations|partnerships|projects|recommendations|workshops)\/(?!new$)[^/.]+$/;

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

// Where a request for a public page is served from, or null to render it on request.
export function cachedPagePath(pathname: string, search: URLSearchParams): string | null {
  const { locale, path } = splitLocale(pathname);
  const root = `/${locale}${CACHED_ROOT}`;
  if (listPages.includes(path) || endorsementPages.test(path)) {
    const query = canonicalQuery(search);
    if (query.length > MAX_QUERY_LENGTH) return null;
    return `${root}/${query ? encodeURIComponent(query) : NO_QUERY}${path}`;
  }
  if (queryFreePages.test(path)) return `${root}/${NO_QUERY}${path === "/" ? "" : path}`;
  return null;
}

// The copy's own segment, and those of the page it copies.
export type CachedPageParams<PageParams = object> = Promise<{ locale: string; query: string } & PageParams>;

// The page's query, read back from the path segment of the rewrite.
export async function cachedQuery(params: Promise<{ query: string }>): Promise<string> {
  const { query } = await params;
  return query === NO_QUERY ? "" : decodeURIComponent(query);
}

// The page's search parameters, likewise.
export async function cachedSearchParams(params: Promise<{ query: string }>): Promise<SearchParams> {
  return searchParamsOf(new URLSearchParams(await cachedQuery(params)));
}
