import { errorResponse } from "@/lib/api/error";
import { publicOrigin } from "@/lib/public-url";
import { sitemapHeaders, sitemapXml } from "@/lib/open-data/sitemap-xml";
import { getSitemapFile } from "@/lib/queries/sitemap";

// One chunk of the sitemap, as /sitemaps/projects-1.xml.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = (await params).file.replace(/\.xml$/, "");
  const entries = (await params).file.endsWith(".xml") ? await getSitemapFile(file) : null;
  if (!entries) return errorResponse(404, "No such sitemap: see /sitemap.xml for the list.");
  return new Response(sitemapXml(publicOrigin(), entries), { headers: sitemapHeaders });
}
