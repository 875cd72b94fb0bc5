import EndorsementsPage from "@/app/[locale]/(site)/projects/[slug]/endorsements/page";
import { cachedSearchParams, type CachedPageParams } from "@/lib/cached-pages";

export { generateMetadata } from "@/app/[locale]/(site)/projects/[slug]/endorsements/page";

export default function CachedEndorsementsPage({ params }: { params: CachedPageParams<{ slug: string }> }) {
  return <EndorsementsPage params={params} searchParams={cachedSearchParams(params)} />;
}
