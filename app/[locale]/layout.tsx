import type { Metadata, Viewport } from "next";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";
import { LanguageSuggestion, type SuggestionText } from "@/components/layout/language-suggestion";
import { SiteFooter } from "@/components/layout/site-footer";
import { messagesFor } from "@/i18n/messages";
import { routing, type Locale } from "@/i18n/routing";
import { publicOrigin } from "@/lib/public-url";
import "../globals.css";

type LocaleParams = Promise<{ locale: string }>;

// The notice offering the page in the browser's language speaks that language: each
// language's own words for it, whatever the page's.
const suggestionTexts = Object.fromEntries(
  routing.locales.map((locale) => [
    locale,
    (messagesFor(locale).layout as { suggestion: SuggestionText }).suggestion,
  ]),
) as Record<Locale, SuggestionText>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return {
    // Canonical and Open Graph addresses are absolute, on the portal's public address.
    metadataBase: new URL(publicOrigin()),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("siteDescription"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// The root layout, one per language: the locale is the first segment of every page's
// route (i18n/routing.ts; next.config.mjs rewrites English, at the root, to /en).
export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: LocaleParams;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // Every page reads the database: render on request, never at build time.
  await connection();
  const t = await getTranslations("site");
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-gray-900 antialiased">
        <ClientMessages area="site">
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2"
          >
            {t("skipToContent")}
          </a>
          <LanguageSuggestion texts={suggestionTexts} />
          {/* The header and <main>: app/[locale]/(site)/layout.tsx and app/[locale]/cached/[query]/layout.tsx. */}
          {children}
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}
