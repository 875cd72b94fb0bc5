import { publicOrigin } from "@/lib/public-url";
import { sitemapHeaders, sitemapIndexXml } from "@/lib/open-data/sitemap-xml";
import { listSitemapFiles } from "@/lib/queries/sitemap";

// Read on request: the database and the address asked for are not known at build time.
export const dynamic = "force-dynamic";

// A sitemap index: the pages and places, then every public entry in chunks (app/sitemaps).
export async function GET() {
  return new Response(sitemapIndexXml(publicOrigin(), await listSitemapFiles()), {
    headers: sitemapHeaders,
  });
}
