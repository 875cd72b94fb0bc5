import type { Metadata } from "next";
import { entryMetadata } from "@/lib/page-metadata";
import { ProjectEntry } from "@/components/projects/project-entry";
import { getCurrentUser } from "@/lib/dal";
import { getProjectBySlug } from "@/lib/queries/projects";

type Props = { params: Promise<{ slug: string }> };

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

// Rendered on request for the signed-in viewer after a form posts here (everyone else
// gets the cached copy, lib/cached-pages.ts).
export default async function ProjectPage({ params }: Props) {
  const { slug } = await params;
  return <ProjectEntry slug={slug} viewer={{ user: await getCurrentUser() }} />;
}
