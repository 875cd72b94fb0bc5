import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = { title: "Page not found · ASEM Culture Portal" };

// An address outside every language's pages (app/[locale]): a first segment that is no
// language and has a dot. Everything else not found is answered in its own language.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="bg-white font-sans text-gray-900 antialiased">
        <main id="main" className="mx-auto w-full max-w-6xl px-4 py-8">
          <h1 className="text-3xl font-bold">Page not found</h1>
          <p className="mt-4">
            There is no page at this address. <Link href="/">Go to the overview</Link>.
          </p>
        </main>
      </body>
    </html>
  );
}
