import { RecommendationEntry } from "@/components/recommendations/recommendation-entry";
import type { CachedPageParams } from "@/lib/cached-pages";

export { generateMetadata } from "@/app/[locale]/(site)/recommendations/[id]/page";

export default async function CachedRecommendationPage({
  params,
}: {
  params: CachedPageParams<{ id: string }>;
}) {
  const { id } = await params;
  return <RecommendationEntry id={id} viewer="island" />;
}
