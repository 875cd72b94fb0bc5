import RecommendationsPage from "@/app/[locale]/(site)/recommendations/page";
import { cachedSearchParams, type CachedPageParams } from "@/lib/cached-pages";

export { generateMetadata } from "@/app/[locale]/(site)/recommendations/page";

export default function CachedRecommendationsPage({ params }: { params: CachedPageParams }) {
  return <RecommendationsPage searchParams={cachedSearchParams(params)} />;
}
