import { hasLocale, IntlErrorCode, type IntlError } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { locale as routeLocale } from "next/root-params";
import { messagesFor } from "@/i18n/messages";
import { routing } from "@/i18n/routing";

// The page's language is its route's first segment (app/[locale]), which Next gives any
// server component. Server actions may not read it, so proxy.ts hands it to them in
// next-intl's request header; route handlers (downloads, feeds) are English.
async function localeOfRequest(requestLocale: Promise<string | undefined>): Promise<string | undefined> {
  try {
    return await routeLocale();
  } catch {
    return await requestLocale.catch(() => undefined);
  }
}

// Nothing may fall back to English unnoticed: a missing message is logged as an error
// (which fails the tests) and shows its key.
function onError(error: IntlError) {
  console.error(error.code === IntlErrorCode.MISSING_MESSAGE ? `Missing message: ${error.message}` : error);
}

export default getRequestConfig(async ({ locale: chosen, requestLocale }) => {
  const requested = chosen ?? (await localeOfRequest(requestLocale));
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: messagesFor(locale), onError };
});
