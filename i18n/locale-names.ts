import { routing, type Locale } from "@/i18n/routing";

export type LanguageName = { locale: Locale; name: string };

// Each language by its own name ("Français", "中文"), as the switcher offers it, from the
// ICU data Intl carries rather than a list of our own.
export function languageNames(): LanguageName[] {
  return routing.locales.map((locale) => {
    const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
    return { locale, name: name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) };
  });
}

// The same page in another language: English at the root, the others under their prefix.
export function localizedPath(locale: Locale, path: string, query = ""): string {
  const localized = locale === routing.defaultLocale ? path : `/${locale}${path === "/" ? "" : path}`;
  return query ? `${localized}?${query}` : localized;
}

// A URL's language and the page's path within it: /fr/projects is French /projects,
// /projects English.
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const [, first, ...rest] = pathname.split("/");
  const locale = routing.locales.find(
    (candidate) => candidate !== routing.defaultLocale && candidate === first,
  );
  if (!locale) return { locale: routing.defaultLocale, path: pathname };
  return { locale, path: rest.length ? `/${rest.join("/")}` : "/" };
}
