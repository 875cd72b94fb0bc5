import { ProjectEntry } from "@/components/projects/project-entry";
import { isViewerKind, type CachedPageParams } from "@/lib/cached-pages";

export { generateMetadata } from "@/app/(site)/projects/[slug]/page";

export default async function CachedProjectPage({ params }: { params: CachedPageParams<{ slug: string }> }) {
  const { viewer, slug } = await params;
  // The layout answers 404 for any other viewer.
  return <ProjectEntry slug={slug} viewer={{ copyFor: isViewerKind(viewer) ? viewer : "visitor" }} />;
}
