import ProjectsPage from "@/app/[locale]/(site)/projects/page";
import { cachedSearchParams, type CachedPageParams } from "@/lib/cached-pages";

export { generateMetadata } from "@/app/[locale]/(site)/projects/page";

export default function CachedProjectsPage({ params }: { params: CachedPageParams }) {
  return <ProjectsPage searchParams={cachedSearchParams(params)} />;
}
