import { getLocale } from "next-intl/server";
import { localizedPath } from "@/i18n/locale-names";
import type { Locale } from "@/i18n/routing";
import { canonicalQuery, listQueryKeys } from "@/lib/cached-pages";
import type { SearchParams } from "@/lib/search-params";

// A filtered or paged list's own address in the page's language, with the parameters it
// reads in one order and the first page without "page=1". React puts the <link> in the
// document's head; a page component renders it because the cached copies re-export the
// page's static metadata.
export async function CanonicalLink({
  pathname,
  searchParams,
}: {
  pathname: string;
  searchParams: SearchParams;
}) {
  const read = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    if (!listQueryKeys.includes(key)) continue;
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && !(key === "page" && first === "1")) read.set(key, first);
  }
  const locale = (await getLocale()) as Locale;
  return <link rel="canonical" href={localizedPath(locale, pathname, canonicalQuery(read))} />;
}
