import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { localizedPath } from "@/i18n/locale-names";
import type { Locale } from "@/i18n/routing";

// Open Graph names a language with its territory.
const openGraphLocales: Record<Locale, string> = {
  en: "en_GB",
  fr: "fr_FR",
  de: "de_DE",
  zh: "zh_CN",
  ja: "ja_JP",
  ko: "ko_KR",
  vi: "vi_VN",
};

// An entry's title and description, also as its Open Graph and Twitter card (no image:
// the "summary" card), and its canonical address in the page's language. The language
// alternates come with the header (components/layout/language-switcher.tsx).
export async function entryMetadata({
  title,
  description,
  path,
  type = "article",
}: {
  title: string;
  description: string;
  path: string;
  type?: "article" | "website";
}): Promise<Metadata> {
  const locale = (await getLocale()) as Locale;
  const siteName = (await getTranslations("site"))("siteName");
  const url = localizedPath(locale, path);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, url, siteName, type, locale: openGraphLocales[locale] },
    twitter: { card: "summary", title, description },
  };
}
