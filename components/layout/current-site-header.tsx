import { viewerKindOf } from "@/lib/cached-pages";
import { getCurrentUser } from "@/lib/dal";
import { SiteHeader } from "./site-header";

// The header for whoever sent this request (pages rendered on request).
export async function CurrentSiteHeader() {
  const user = await getCurrentUser();
  return <SiteHeader viewer={viewerKindOf(user?.role)} />;
}
