import RecommendationsPage from "@/app/(site)/recommendations/page";
import { cachedSearchParams, type CachedPageParams } from "@/lib/cached-pages";

export { generateMetadata } from "@/app/(site)/recommendations/page";

export default function CachedRecommendationsPage({ params }: { params: CachedPageParams }) {
  return <RecommendationsPage searchParams={cachedSearchParams(params)} />;
}
