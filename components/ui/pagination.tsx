import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { hrefWith, type SearchParams } from "@/lib/search-params";

type Props = { pathname: string; searchParams: SearchParams; page: number; pageCount: number; total: number };

export function Pagination({ pathname, searchParams, page, pageCount, total }: Props) {
  const t = useTranslations("ui.pagination");
  if (pageCount <= 1) return null;
  const linkTo = (target: number) =>
    hrefWith(pathname, searchParams, { page: target === 1 ? undefined : target });
  return (
    <nav aria-label={t("label")} className="mt-6 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-gray-700">{t("status", { page, pageCount, total })}</p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link rel="prev" className="rounded border border-gray-300 px-3 py-1.5" href={linkTo(page - 1)}>
            {t("previous")}
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link rel="next" className="rounded border border-gray-300 px-3 py-1.5" href={linkTo(page + 1)}>
            {t("next")}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
