import { createTranslator, type Messages } from "use-intl/core";
import { messagesFor } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";

// A translator outside a request (mail, the notification worker, tests), where
// next-intl's getTranslations has no locale to read: the same messages, by locale.
export function translatorFor<Namespace extends string>(locale: Locale, namespace: Namespace) {
  return createTranslator({ locale, messages: messagesFor(locale) as Messages, namespace });
}
