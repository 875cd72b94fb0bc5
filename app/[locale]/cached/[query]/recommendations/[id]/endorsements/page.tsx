import EndorsementsPage from "@/app/[locale]/(site)/recommendations/[id]/endorsements/page";
import { cachedSearchParams, type CachedPageParams } from "@/lib/cached-pages";

export { generateMetadata } from "@/app/[locale]/(site)/recommendations/[id]/endorsements/page";

export default function CachedEndorsementsPage({ params }: { params: CachedPageParams<{ id: string }> }) {
  return <EndorsementsPage params={params} searchParams={cachedSearchParams(params)} />;
}
