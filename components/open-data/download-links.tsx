import { useLocale, useTranslations } from "next-intl";
import { getPathname, Link } from "@/i18n/navigation";
import { hrefWith, type SearchParams } from "@/lib/search-params";

// The whole filtered list (every page, in the page's order) for spreadsheets and scripts,
// and the list's Atom feed where it has one. Plain links for these: they are files, not pages.
export function DownloadLinks({
  pathname,
  searchParams,
  feed,
}: {
  pathname: string;
  searchParams: SearchParams;
  feed?: { href: string; label: string };
}) {
  const t = useTranslations("ui.downloads");
  const locale = useLocale();
  const href = (format: "csv" | "json") =>
    hrefWith(`${pathname}/export.${format}`, searchParams, { page: undefined });
  return (
    <p className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      <a href={href("csv")} download>
        {t("csv")}
      </a>
      <a href={href("json")} download>
        {t("json")}
      </a>
      {/* The feed in the page's language (/fr/projects/feed.xml). */}
      {feed ? <a href={getPathname({ href: feed.href, locale })}>{feed.label}</a> : null}
      <Link href="/developers">{t("developers")}</Link>
    </p>
  );
}
