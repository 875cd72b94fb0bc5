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
import { ListFilters, type FilterField } from "./list-filters";

// The one skeleton of the public lists: heading, filters, what was not understood,
// the count, the downloads, the items (or why there are none) and the pages.
export async function ListPage({
  pathname,
  searchParams,
  title,
  lead,
  headerExtra,
  filters,
  invalid,
  notice,
  count,
  feed,
  beforeItems,
  items,
  paging,
  empty,
  after,
}: {
  pathname: string;
  searchParams: SearchParams;
  title: string;
  lead: string;
  headerExtra?: ReactNode;
  filters: FilterField[];
  invalid: string[];
  notice?: ReactNode;
  // "12 projects match", in the viewer's language.
  count: string;
  feed?: { href: string; label: string };
  beforeItems?: ReactNode;
  // The list, or null when nothing is on this page.
  items: ReactNode | null;
  paging?: { page: number; pageCount: number; total: number };
  empty: { title: string; hint: string };
  after?: ReactNode;
}) {
  const t = await getTranslations("lists");
  const outOfRange = paging && paging.total > 0 && !items;
  return (
    <>
      <CanonicalLink pathname={pathname} searchParams={searchParams} />
      <PageHeader title={title} lead={lead}>
        {headerExtra}
      </PageHeader>
      <ListFilters pathname={pathname} searchParams={searchParams} fields={filters} />
      <InvalidFilters searchParams={searchParams} invalid={invalid} />
      {notice}
      <p role="status" className="mb-2 font-medium">
        {count}
      </p>
      <DownloadLinks pathname={pathname} searchParams={searchParams} feed={feed} />
      {beforeItems}
      {items ??
        (outOfRange ? (
          <EmptyState title={t("noSuchPage", { page: paging.page, pageCount: paging.pageCount })}>
            <Link href={hrefWith(pathname, searchParams, { page: undefined })}>{t("firstPage")}</Link>
          </EmptyState>
        ) : (
          <EmptyState title={empty.title}>
            {t.rich("emptyHint", {
              hint: empty.hint,
              clear: (chunks) => <Link href={pathname}>{chunks}</Link>,
            })}
          </EmptyState>
        ))}
      {paging ? <Pagination pathname={pathname} searchParams={searchParams} {...paging} /> : null}
      {after}
    </>
  );
}
