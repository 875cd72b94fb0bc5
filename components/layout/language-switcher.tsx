"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams, useSelectedLayoutSegments } from "next/navigation";
import { localizedPath, type LanguageName } from "@/i18n/locale-names";
import { routing } from "@/i18n/routing";

// The page's path within its language, from the route below the layout that draws the
// header: the same on a cached copy (whose own address is /<locale>/cached/<query>/…)
// as on a page rendered on request. Route groups, "(site)", are no part of the address.
function usePagePath(): string {
  const segments = useSelectedLayoutSegments().filter((segment) => !segment.startsWith("("));
  return `/${segments.join("/")}`;
}

type SwitcherProps = { languages: LanguageName[]; origin: string };

// Plain links to this page, with its query (the list's filters), in every language: it
// works without JavaScript, and a cached copy draws the same links for every viewer.
// With them, the page's alternates for search engines (React moves them to the <head>).
export function LanguageSwitcher({ languages, origin, query }: SwitcherProps & { query: string }) {
  const t = useTranslations("layout.languages");
  const current = useLocale();
  const path = usePagePath();
  const currentName = languages.find((language) => language.locale === current)?.name ?? current;
  return (
    <details className="group relative text-sm">
      {languages.map(({ locale }) => (
        <link
          key={locale}
          rel="alternate"
          hrefLang={locale}
          href={origin + localizedPath(locale, path, query)}
        />
      ))}
      <link
        rel="alternate"
        hrefLang="x-default"
        href={origin + localizedPath(routing.defaultLocale, path, query)}
      />
      <summary className="text-brand-700 cursor-pointer underline-offset-2 hover:underline">
        {t("label")}: <span lang={current}>{currentName}</span>
      </summary>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2 sm:absolute sm:right-0 sm:z-10 sm:mt-1 sm:block sm:rounded sm:border sm:border-gray-200 sm:bg-white sm:p-2 sm:shadow">
        {languages.map(({ locale, name }) => (
          <li key={locale} className="sm:py-1">
            <a
              href={localizedPath(locale, path, query)}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              className="inline-block py-1 aria-[current]:font-semibold sm:py-0"
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

// On pages rendered on request the query is the request's own.
export function RequestLanguageSwitcher(props: SwitcherProps) {
  const query = useSearchParams().toString();
  return <LanguageSwitcher {...props} query={query} />;
}
