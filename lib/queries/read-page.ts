import type { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE, pageCount } from "@/lib/search-params";

export type Page<Row> = { items: Row[]; total: number; page: number; pageCount: number };

// One page of a list: its rows, read with the window the page covers (its ids first,
// where a list loads its rows after), and the count of the whole list, side by side.
export async function readPage<Row>(
  page: number,
  read: (window: { skip: number; take: number }) => Promise<Row[]>,
  count: () => Promise<number>,
  pageSize = PAGE_SIZE,
): Promise<Page<Row>> {
  const [items, total] = await Promise.all([read({ skip: (page - 1) * pageSize, take: pageSize }), count()]);
  return { items, total, page, pageCount: pageCount(total, pageSize) };
}

// What a Prisma model delegate offers that lists use, without its per-model types.
export type Listable = { findMany(args: object): Promise<unknown[]>; count(args: object): Promise<number> };

// A page of one model's rows as `args` select and order them, counted with the same `where`.
// Curried so that the model is known before `args` are read: their literals keep their types.
export function findPage<Model>(model: Model) {
  const delegate = model as Listable;
  return <Args extends Prisma.Args<Model, "findMany">>(
    page: number | undefined,
    args: Args,
    pageSize = PAGE_SIZE,
  ): Promise<Page<Prisma.Result<Model, Args, "findMany">[number]>> =>
    readPage(
      page ?? 1,
      (window) =>
        delegate.findMany({ ...args, ...window }) as Promise<Prisma.Result<Model, Args, "findMany">>,
      () => delegate.count({ where: (args as { where?: object }).where }),
      pageSize,
    );
}
