import PartnershipsPage from "@/app/(site)/partnerships/page";
import { cachedSearchParams, type CachedPageParams } from "@/lib/cached-pages";

export { generateMetadata } from "@/app/(site)/partnerships/page";

export default function CachedPartnershipsPage({ params }: { params: CachedPageParams }) {
  return <PartnershipsPage searchParams={cachedSearchParams(params)} />;
}
