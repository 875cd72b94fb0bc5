import type { Metadata } from "next";
import { entryMetadata } from "@/lib/page-metadata";
import { OwnEntryView } from "@/components/entries/own-entry-view";
import { ProjectEntry } from "@/components/projects/project-entry";
import { OWN_VIEW_PARAM } from "@/lib/cached-pages";
import { getCurrentUser } from "@/lib/dal";
import { getProjectBySlug } from "@/lib/queries/projects";
import type { SearchParams } from "@/lib/search-params";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await getProjectBySlug((await params).slug);
  if (!project) return { title: "Project not found" };
  if (project.visibility === "HIDDEN") {
    return { title: "Project hidden", description: "The portal's moderators hid this project." };
  }
  return entryMetadata({
    title: project.title,
    description: project.summary,
    path: `/projects/${project.slug}`,
  });
}

// Rendered on request for the signed-in viewer: after a form posts here, and, with
// only their own forms, at ?yours=1 (the others get the cached copies, lib/cached-pages.ts).
export default async function ProjectPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const user = await getCurrentUser();
  if (OWN_VIEW_PARAM in (await searchParams)) return <OwnEntryView entry={{ project: slug }} user={user} />;
  return <ProjectEntry slug={slug} viewer={{ user }} />;
}
