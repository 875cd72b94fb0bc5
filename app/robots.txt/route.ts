import { localizedPath } from "@/i18n/locale-names";
import { routing } from "@/i18n/routing";
import { publicOrigin } from "@/lib/public-url";

// Read on request: the database and the address asked for are not known at build time.
export const dynamic = "force-dynamic";

// Crawlers may read every public page; forms, accounts and the admin area are not for them.
// In every language: English at the root, the others under their prefix.
const privatePages = ["/admin", "/account", "/login", "/register", "/projects/new"];

export function GET() {
  const body = [
    "User-agent: *",
    "Allow: /",
    ...routing.locales.flatMap((locale) =>
      privatePages.map((page) => `Disallow: ${localizedPath(locale, page)}`),
    ),
    "Disallow: /api/auth",
    "Disallow: /*/endorse$",
    "Disallow: /api/viewer",
    "",
    `Sitemap: ${publicOrigin()}/sitemap.xml`,
    "",
  ].join("\n");
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
