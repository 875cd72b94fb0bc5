import { useLocale, useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import englishSite from "@/messages/en/site.json";

// Dates, numbers and lists in the page's language, through Intl. In a server component:
// `const format = await getFormat()`; in a client one, or a server one that is not async:
// `const format = useFormat()`. Then `format.date(d)`, `format.dateRange(a, b)`,
// `format.number(n)`, `format.list(names)`.
export type Format = {
  date(date: Date | null | undefined): string;
  dateRange(start: Date | null | undefined, end: Date | null | undefined): string;
  number(value: number): string;
  list(items: string[], type?: "conjunction" | "disjunction"): string;
};

// What a date that is not known reads as (site.dates in messages/).
type DateWords = {
  notConfirmed: string;
  noneConfirmed: string;
  endNotConfirmed(date: string): string;
  startNotConfirmed(date: string): string;
};

// Intl's language for each of the portal's: British English ("28 April 2010").
const intlLocales: Record<Locale, string> = {
  en: "en-GB",
  fr: "fr-FR",
  de: "de-DE",
  zh: "zh-CN",
  ja: "ja-JP",
  ko: "ko-KR",
  vi: "vi-VN",
};

type Formatters = {
  date: Intl.DateTimeFormat;
  number: Intl.NumberFormat;
  lists: Record<"conjunction" | "disjunction", Intl.ListFormat>;
};

// Building an Intl formatter costs far more than using one: one set per language.
const formatters = new Map<Locale, Formatters>();

function formattersFor(locale: Locale): Formatters {
  let found = formatters.get(locale);
  if (!found) {
    const tag = intlLocales[locale] ?? locale;
    found = {
      // Dates in the store are calendar dates (UTC midnight): format them in UTC so a
      // viewer's time zone never shifts a day.
      date: new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
      number: new Intl.NumberFormat(tag),
      lists: {
        conjunction: new Intl.ListFormat(tag, { type: "conjunction" }),
        disjunction: new Intl.ListFormat(tag, { type: "disjunction" }),
      },
    };
    formatters.set(locale, found);
  }
  return found;
}

export function formatFor(locale: Locale, words: DateWords): Format {
  const { date, number, lists } = formattersFor(locale);
  const formatDay = (day: Date | null | undefined) => (day ? date.format(day) : words.notConfirmed);
  return {
    date: formatDay,
    dateRange(start, end) {
      if (!start && !end) return words.noneConfirmed;
      if (!start) return words.startNotConfirmed(formatDay(end));
      if (!end) return words.endNotConfirmed(formatDay(start));
      if (start.getTime() === end.getTime()) return formatDay(start);
      return date.formatRange(start, end);
    },
    number: (value) => number.format(value),
    list: (items, type = "conjunction") => lists[type].format(items),
  };
}

type DatesTranslator = (
  key: "notConfirmed" | "noneConfirmed" | "endNotConfirmed" | "startNotConfirmed",
  values?: { date: string },
) => string;

const wordsOf = (t: DatesTranslator): DateWords => ({
  notConfirmed: t("notConfirmed"),
  noneConfirmed: t("noneConfirmed"),
  endNotConfirmed: (date) => t("endNotConfirmed", { date }),
  startNotConfirmed: (date) => t("startNotConfirmed", { date }),
});

export function useFormat(): Format {
  return formatFor(useLocale() as Locale, wordsOf(useTranslations("site.dates")));
}

export async function getFormat(): Promise<Format> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("site.dates")]);
  return formatFor(locale as Locale, wordsOf(t));
}

// English, for what has no page language: downloads, feeds, the API, mail to a
// recipient whose language is not known, and callers not yet moved to the above.
const englishDates = englishSite.dates;
const english = formatFor("en", {
  notConfirmed: englishDates.notConfirmed,
  noneConfirmed: englishDates.noneConfirmed,
  endNotConfirmed: (date) => englishDates.endNotConfirmed.replace("{date}", date),
  startNotConfirmed: (date) => englishDates.startNotConfirmed.replace("{date}", date),
});

export const formatDate = english.date;
export const formatDateRange = english.dateRange;
export const formatNumber = english.number;

const pluralRules = new Intl.PluralRules("en-GB");

// "1 project", "2 projects": English nouns only. In the interface, an ICU plural message
// ({count, plural, one {# project} other {# projects}}) does this in every language.
export function isSingular(count: number): boolean {
  return pluralRules.select(count) === "one";
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${isSingular(count) ? one : many}`;
}

// A link to the whole of a list: "All 12 endorsements", but "The 1 endorsement".
export function allOf(count: number, one: string, many = `${one}s`): string {
  return `${isSingular(count) ? "The" : "All"} ${plural(count, one, many)}`;
}
