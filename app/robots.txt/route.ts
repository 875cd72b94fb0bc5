import { publicOrigin } from "@/lib/public-url";

// Read on request: the database and the address asked for are not known at build time.
export const dynamic = "force-dynamic";

// Crawlers may read every public page; forms, accounts and the admin area are not for them.
export function GET() {
  const body = [
    "User-agent: *",
    "Allow: /",
    "Disallow: /admin",
    "Disallow: /account",
    "Disallow: /login",
    "Disallow: /register",
    "Disallow: /api/auth",
    "Disallow: /*/endorse$",
    "Disallow: /api/viewer",
    "Disallow: /projects/new",
    "",
    `Sitemap: ${publicOrigin()}/sitemap.xml`,
    "",
  ].join("\n");
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
