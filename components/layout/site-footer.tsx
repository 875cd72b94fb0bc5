import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-gray-200 bg-gray-50">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-gray-700">
        <p>
          Reference data on ASEM partners, meetings, European Capitals of Culture and Culture Cities of East
          Asia is compiled from public sources; see <Link href="/about">about the data</Link>. Entries marked
          “Sample data” are illustrative and not real.
        </p>
        <p className="mt-2">
          <Link href="/developers">Open data and API</Link>: downloads, Atom feeds and a JSON API.
        </p>
      </div>
    </footer>
  );
}
