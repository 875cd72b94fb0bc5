import { useLocale, useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";

// Dates, numbers and lists in the page's language, through Intl. In a server component:
// `const format = await getFormat()`; in a client one, or a server one that is not async:
// `const format = useFormat()`. Then `format.date(d)`, `format.dateRange(a, b)`,
// `format.time(t)`, `format.dateTime(t)`, `format.number(n)`, `format.list(names)`.
export type Format = {
  date(date: Date | null | undefined): string;
  dateRange(start: Date | null | undefined, end: Date | null | undefined): string;
  // Moments (a notification, an audit entry) in UTC, so every reader sees the same hour.
  time(moment: Date): string;
  dateTime(moment: Date): string;
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
  time: Intl.DateTimeFormat;
  dateTime: Intl.DateTimeFormat;
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
      time: new Intl.DateTimeFormat(tag, { hour: "2-digit", minute: "2-digit", timeZone: "UTC" }),
      dateTime: new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }),
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
  const { date, time, dateTime, number, lists } = formattersFor(locale);
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
    time: (moment) => time.format(moment),
    dateTime: (moment) => dateTime.format(moment),
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
