import { localizedPath } from "@/i18n/locale-names";
import { routing } from "@/i18n/routing";
import { sharedCacheControl } from "@/lib/http-cache";
import type { SitemapEntry } from "@/lib/queries/sitemap";

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!,
  );

const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

export function sitemapIndexXml(origin: string, files: string[]): string {
  const items = files.map(
    (file) => `<sitemap><loc>${escapeXml(`${origin}/sitemaps/${file}.xml`)}</loc></sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex ${NS}>\n${items.join("\n")}\n</sitemapindex>\n`;
}

// Each page in every language, as crawlers read them: the English address, with its
// alternates (https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap).
function alternates(origin: string, path: string): string {
  const link = (hreflang: string, href: string) =>
    `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(origin + href)}"/>`;
  return [
    ...routing.locales.map((locale) => link(locale, localizedPath(locale, path))),
    link("x-default", path),
  ].join("");
}

export function sitemapXml(origin: string, entries: SitemapEntry[]): string {
  const items = entries.map(
    ({ path, lastModified }) =>
      `<url><loc>${escapeXml(origin + path)}</loc>${lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : ""}${alternates(origin, path)}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset ${NS} xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${items.join("\n")}\n</urlset>\n`;
}

// Sitemaps change with every new entry, but a crawler need not see that at once.
export const sitemapHeaders = {
  "Content-Type": "application/xml; charset=utf-8",
  "Cache-Control": sharedCacheControl,
};
