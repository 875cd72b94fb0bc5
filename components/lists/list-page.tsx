import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { CanonicalLink } from "@/components/layout/canonical-link";
import { DownloadLinks } from "@/components/open-data/download-links";
import { EmptyState } from "@/components/ui/empty-state";
import { InvalidFilters } from "@/components/ui/invalid-filters";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Link } from "@/i18n/navigation";
import { hrefWith, type SearchParams } from "@/lib/search-params";
import { ListFilters, type FilterField, type ListNamespace } from "./list-filters";

// The one skeleton of the public lists: heading, filters, what was not understood,
// the count, the downloads, the items (or why there are none) and the pages. Its words
// are the list's own messages (lists.<list>: title, lead, count, empty, emptyHint, feed).
export async function ListPage({
  list,
  pathname,
  searchParams,
  headerExtra,
  filters,
  invalid,
  notice,
  found,
  feed,
  beforeItems,
  items,
  after,
}: {
  list: ListNamespace;
  pathname: string;
  searchParams: SearchParams;
  headerExtra?: ReactNode;
  filters: FilterField[];
  invalid: string[];
  notice?: ReactNode;
  // How many match, and which page of them this is where the list is paged.
  found: { total: number } | { total: number; page: number; pageCount: number };
  // Whether the list has an Atom feed (at <pathname>/feed.xml).
  feed?: boolean;
  beforeItems?: ReactNode;
  // The list, or null when nothing is on this page.
  items: ReactNode | null;
  after?: ReactNode;
}) {
  const [t, tList] = await Promise.all([getTranslations("lists"), getTranslations(`lists.${list}`)]);
  const paging = "page" in found ? found : null;
  const outOfRange = paging && paging.total > 0 && !items;
  return (
    <>
      <CanonicalLink pathname={pathname} searchParams={searchParams} />
      <PageHeader title={tList("title")} lead={tList("lead")}>
        {headerExtra}
      </PageHeader>
      <ListFilters list={list} pathname={pathname} searchParams={searchParams} fields={filters} />
      <InvalidFilters searchParams={searchParams} invalid={invalid} />
      {notice}
      <p role="status" className="mb-2 font-medium">
        {tList("count", { count: found.total })}
      </p>
      <DownloadLinks
        pathname={pathname}
        searchParams={searchParams}
        feed={feed ? { href: `${pathname}/feed.xml`, label: tList("feed") } : undefined}
      />
      {beforeItems}
      {items ??
        (outOfRange ? (
          <EmptyState title={t("noSuchPage", { page: paging.page, pageCount: paging.pageCount })}>
            <Link href={hrefWith(pathname, searchParams, { page: undefined })}>{t("firstPage")}</Link>
          </EmptyState>
        ) : (
          <EmptyState title={tList("empty")}>
            {t.rich("emptyHint", {
              hint: tList("emptyHint"),
              clear: (chunks) => <Link href={pathname}>{chunks}</Link>,
            })}
          </EmptyState>
        ))}
      {paging ? <Pagination pathname={pathname} searchParams={searchParams} {...paging} /> : null}
      {after}
    </>
  );
}
