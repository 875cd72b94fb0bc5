import { render, type RenderOptions } from "@testing-library/react";
import { createTranslator, NextIntlClientProvider } from "next-intl";
import type { ReactElement, ReactNode } from "react";
import type { z } from "zod";
import { messagesFor } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { translateIssue } from "@/lib/validations/translate";

// Components read their strings through next-intl, as under the root layout's provider.
export function IntlProvider({ locale = "en", children }: { locale?: Locale; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}

export function renderInLocale(
  ui: ReactElement,
  locale: Locale = "en",
  options?: Omit<RenderOptions, "wrapper">,
) {
  return render(ui, {
    wrapper: ({ children }) => <IntlProvider locale={locale}>{children}</IntlProvider>,
    ...options,
  });
}

// Schema messages as a form shows them (lib/validations/translate.ts), for schema tests.
export function validationTranslator(locale: Locale = "en") {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "validation" });
  return t as unknown as Parameters<typeof translateIssue>[1];
}

export function validationMessages(locale: Locale = "en") {
  const t = validationTranslator(locale);
  return (issue: z.core.$ZodIssue) => translateIssue(issue, t);
}
