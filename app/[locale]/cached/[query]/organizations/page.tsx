import OrganisationsPage from "@/app/[locale]/(site)/organizations/page";
import { cachedSearchParams, type CachedPageParams } from "@/lib/cached-pages";

export { generateMetadata } from "@/app/[locale]/(site)/organizations/page";

export default function CachedOrganisationsPage({ params }: { params: CachedPageParams }) {
  return <OrganisationsPage searchParams={cachedSearchParams(params)} />;
}
