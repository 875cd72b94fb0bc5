import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { publicOrigin } from "@/lib/public-url";
import "./globals.css";

export const metadata: Metadata = {
  // Canonical and Open Graph addresses are absolute, on the portal's public address.
  metadataBase: new URL(publicOrigin()),
  title: { default: "ASEM Culture Portal", template: "%s · ASEM Culture Portal" },
  description:
    "Asia–Europe cultural cooperation: ASEM workshops and their recommendations, European Capital of Culture and Culture City of East Asia partnerships, and cooperation projects.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page reads the database: render on request, never at build time.
  await connection();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-white font-sans text-gray-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        {/* The header and <main>: app/(site)/layout.tsx and app/cached/[query]/layout.tsx. */}
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
