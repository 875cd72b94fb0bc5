import CitiesPage from "@/app/[locale]/(site)/cities/page";
import { cachedSearchParams, type CachedPageParams } from "@/lib/cached-pages";

export { generateMetadata } from "@/app/[locale]/(site)/cities/page";

export default function CachedCitiesPage({ params }: { params: CachedPageParams }) {
  return <CitiesPage searchParams={cachedSearchParams(params)} />;
}
