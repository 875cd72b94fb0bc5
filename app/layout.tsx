import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { publicOrigin } from "@/lib/public-url";
import "./globals.css";

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

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page reads the database: render on request, never at build time.
  await connection();
  const [locale, t] = await Promise.all([getLocale(), getTranslations("site")]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-gray-900 antialiased">
        <NextIntlClientProvider>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2"
          >
            {t("skipToContent")}
          </a>
          {/* The header and <main>: app/(site)/layout.tsx and app/cached/[query]/layout.tsx. */}
          {children}
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
