import { defineRouting } from "next-intl/routing";

// English at the root (/projects), every other language under its own prefix
// (/fr/projects). The browser's Accept-Language only suggests a language; it never
// redirects, so a URL shows the same page to everyone.
export const routing = defineRouting({
  locales: ["en", "fr", "de", "zh", "ja", "ko", "vi"],
  defaultLocale: "en",
  localePrefix: "as-needed",
  localeDetection: false,
  // Nothing remembers a choice: the address alone says the language.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
