"use client";

import { useLocale } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { localizedPath, splitLocale } from "@/i18n/locale-names";
import { routing, type Locale } from "@/i18n/routing";

export type SuggestionText = { offer: string; open: string; dismiss: string };

const DISMISSED = "language-suggestion-dismissed";

// The first of the browser's languages (its Accept-Language) the portal speaks.
function preferredLocale(languages: readonly string[]): Locale | null {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split("-")[0];
    const locale = routing.locales.find((candidate) => candidate === primary);
    if (locale) return locale;
  }
  return null;
}

// The browser's languages only suggest: when it prefers another language the portal
// speaks, a notice in that language offers this page in it. Drawn in the browser alone,
// so the cached HTML stays the same for everyone; dismissed, it stays away.
const subscribeToNothing = () => () => {};

// False on the server and while hydrating, true after: what only the browser knows.
function useInBrowser(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

export function LanguageSuggestion({ texts }: { texts: Record<Locale, SuggestionText> }) {
  const current = useLocale();
  const inBrowser = useInBrowser();
  const [dismissed, setDismissed] = useState(false);
  if (!inBrowser || dismissed || localStorage.getItem(DISMISSED) === current) return null;
  const locale = preferredLocale(navigator.languages ?? [navigator.language]);
  if (!locale || locale === current) return null;
  const href = localizedPath(
    locale,
    splitLocale(window.location.pathname).path,
    window.location.search.slice(1),
  );
  const text = texts[locale];
  const dismiss = () => {
    localStorage.setItem(DISMISSED, current);
    setDismissed(true);
  };
  return (
    <aside lang={locale} aria-label={text.offer} className="border-b border-amber-200 bg-amber-50 text-sm">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
        <p>{text.offer}</p>
        <a href={href} hrefLang={locale} className="font-medium">
          {text.open}
        </a>
        <button type="button" onClick={dismiss} className="text-brand-700 underline underline-offset-2">
          {text.dismiss}
        </button>
      </div>
    </aside>
  );
}
