import { z } from "zod";
import { routing, type Locale } from "@/i18n/routing";
import { msg } from "@/lib/validations/messages";

// The languages an entry may be written in, as BCP 47 tags: the portal's own seven,
// then the official languages of the other ASEM partners (their names come from
// Intl.DisplayNames in the reader's locale, never from a list written here).
export const CONTENT_LANGUAGES = [
  ...routing.locales,
  ...["bg", "bn", "cs", "da", "el", "es", "et", "fi", "fil", "ga", "hi", "hr", "hu", "id", "it"],
  ...["kk", "km", "lb", "lo", "lt", "lv", "mn", "ms", "mt", "my", "nb", "nl", "pl", "pt", "ro"],
  ...["ru", "sk", "sl", "sv", "ta", "th", "ur"],
] as const;

export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export function isContentLanguage(tag: string): tag is ContentLanguage {
  return (CONTENT_LANGUAGES as readonly string[]).includes(tag);
}

export function isLocale(tag: string | null | undefined): tag is Locale {
  return (routing.locales as readonly string[]).includes(tag ?? "");
}

// "Korean" in English, "coréen" in French, "韩语" in Chinese.
export function languageName(tag: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: "language", fallback: "code" }).of(tag) ?? tag;
}

// The languages as a form offers them, sorted by their name in the reader's locale.
export function languageOptions(locale: string, except: readonly string[] = []) {
  const collator = new Intl.Collator(locale);
  return CONTENT_LANGUAGES.filter((tag) => !except.includes(tag))
    .map((tag) => ({ value: tag, label: languageName(tag, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

export const contentLanguageSchema = z.enum(CONTENT_LANGUAGES, { error: msg("fromList.language") });
