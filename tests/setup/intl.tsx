import { render } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { messagesFor } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";

// Components read their strings through next-intl; tests render them in a locale's messages,
// English unless told.
export function renderInLocale(ui: ReactNode, locale: Locale = "en") {
  return render(
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="UTC">
      {ui}
    </NextIntlClientProvider>,
  );
}
