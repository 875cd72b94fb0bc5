import { ProjectEntry } from "@/components/projects/project-entry";
import type { CachedPageParams } from "@/lib/cached-pages";

export { generateMetadata } from "@/app/[locale]/(site)/projects/[slug]/page";

export default async function CachedProjectPage({ params }: { params: CachedPageParams<{ slug: string }> }) {
  const { slug } = await params;
  return <ProjectEntry slug={slug} viewer="island" />;
}
