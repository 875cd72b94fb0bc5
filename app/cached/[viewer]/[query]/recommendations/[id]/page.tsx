import { RecommendationEntry } from "@/components/recommendations/recommendation-entry";
import { isViewerKind, type CachedPageParams } from "@/lib/cached-pages";

export { generateMetadata } from "@/app/(site)/recommendations/[id]/page";

export default async function CachedRecommendationPage({
  params,
}: {
  params: CachedPageParams<{ id: string }>;
}) {
  const { viewer, id } = await params;
  // The layout answers 404 for any other viewer.
  return <RecommendationEntry id={id} viewer={{ copyFor: isViewerKind(viewer) ? viewer : "visitor" }} />;
}
