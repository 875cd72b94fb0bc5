import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { ResultCount, type CountedNoun } from "@/components/ui/result-count";
import type { SearchParams } from "@/lib/search-params";

// The admin area's lists: how many match, this page of them, each in a card (or why
// there are none), and the links to the other pages.
export function PagedList<Item extends { id: string }>({
  found,
  pathname,
  searchParams,
  noun,
  empty,
  ordered,
  children,
}: {
  found: { items: Item[]; total: number; page: number; pageCount: number };
  pathname: string;
  searchParams: SearchParams;
  // What the count above the list counts; without it, no count.
  noun?: CountedNoun;
  empty: string;
  // Numbered where the order is the point (the audit log, newest first).
  ordered?: boolean;
  children: (item: Item) => ReactNode;
}) {
  const { items, ...paging } = found;
  const List = ordered ? "ol" : "ul";
  return (
    <>
      {noun ? <ResultCount total={paging.total} noun={noun} /> : null}
      {items.length ? (
        <List className="space-y-3">
          {items.map((item) => (
            <li key={item.id} className="rounded border border-gray-200 p-3">
              {children(item)}
            </li>
          ))}
        </List>
      ) : (
        <EmptyState title={empty} />
      )}
      <Pagination pathname={pathname} searchParams={searchParams} {...paging} />
    </>
  );
}
