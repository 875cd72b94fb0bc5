import Link from "next/link";
import { formatNumber } from "@/lib/format";
import { hrefWith, type SearchParams } from "@/lib/search-params";

type Props = { pathname: string; searchParams: SearchParams; page: number; pageCount: number; total: number };

export function Pagination({ pathname, searchParams, page, pageCount, total }: Props) {
  if (pageCount <= 1) return null;
  const linkTo = (target: number) =>
    hrefWith(pathname, searchParams, { page: target === 1 ? undefined : target });
  return (
    <nav aria-label="Pagination" className="mt-6 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-gray-700">
        Page {formatNumber(page)} of {formatNumber(pageCount)} ({formatNumber(total)} in all)
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link rel="prev" className="rounded border border-gray-300 px-3 py-1.5" href={linkTo(page - 1)}>
            Previous page
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link rel="next" className="rounded border border-gray-300 px-3 py-1.5" href={linkTo(page + 1)}>
            Next page
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
