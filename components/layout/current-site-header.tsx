import { getCurrentUser } from "@/lib/dal";
import { viewerSummary } from "@/lib/viewer";
import { SiteHeader } from "./site-header";

// The header for whoever sent this request (pages rendered on request).
export async function CurrentSiteHeader() {
  return <SiteHeader viewer={viewerSummary(await getCurrentUser())} />;
}
