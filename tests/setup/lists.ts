import { expect } from "vitest";
import type { Page } from "@/lib/queries/read-page";
import { PAGE_SIZE } from "@/lib/search-params";

// `count` rows made one after another, the i-th stamped `at` i minutes into 2026, so that
// their order by date is known.
export async function createInOrder<Row>(count: number, create: (i: number, at: Date) => Promise<Row>) {
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) rows.push(await create(i, new Date(Date.UTC(2026, 0, 1, 0, i))));
  return rows;
}

// A list of a page and a few rows more, read page by page: the first page full, the rest
// on the second, every row once (in `expected`'s order, unless `anyOrder`), nothing past the end.
export async function expectTwoPages<Item>(
  read: (page: number) => Promise<Page<Item>>,
  keyOf: (item: Item) => string,
  expected: string[],
  { anyOrder = false } = {},
) {
  const [first, second, beyond] = [await read(1), await read(2), await read(3)];
  const total = expected.length;
  expect(first).toMatchObject({ total, page: 1, pageCount: 2 });
  expect(first.items).toHaveLength(PAGE_SIZE);
  const keys = [...first.items, ...second.items].map(keyOf);
  if (anyOrder) expect([...keys].sort()).toEqual([...expected].sort());
  else expect(keys).toEqual(expected);
  expect(beyond).toMatchObject({ items: [], total, page: 3, pageCount: 2 });
}

// Each page, read however (browsed, searched), holds exactly `expected`, and counts only them.
export async function expectListed<Item>(
  reads: Promise<Page<Item>>[],
  keysOf: (page: Page<Item>) => string[],
  expected: string[],
) {
  for (const page of await Promise.all(reads)) {
    expect(keysOf(page)).toEqual(expected);
    expect(page.total).toBe(expected.length);
  }
}
