import PartnershipsPage from "@/app/[locale]/(site)/partnerships/page";
import { cachedSearchParams, type CachedPageParams } from "@/lib/cached-pages";

export { generateMetadata } from "@/app/[locale]/(site)/partnerships/page";

export default function CachedPartnershipsPage({ params }: { params: CachedPageParams }) {
  return <PartnershipsPage searchParams={cachedSearchParams(params)} />;
}
