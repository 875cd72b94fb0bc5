import { PAGE_SIZE, pageCount } from "@/lib/search-params";

// One page of a list: its rows, read with the window the page covers (its ids first,
// where a list loads its rows after), and the count of the whole list, side by side.
export async function readPage<Row>(
  page: number,
  read: (window: { skip: number; take: number }) => Promise<Row[]>,
  count: () => Promise<number>,
  pageSize = PAGE_SIZE,
) {
  const [items, total] = await Promise.all([read({ skip: (page - 1) * pageSize, take: pageSize }), count()]);
  return { items, total, page, pageCount: pageCount(total, pageSize) };
}
