import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { entryPageMetadata } from "@/components/entries/entry-page";
import { ProjectEntry } from "@/components/projects/project-entry";
import { projectVersion } from "@/lib/project-versions";
import { getCurrentUser } from "@/lib/dal";
import { getProjectBySlug } from "@/lib/queries/projects";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return entryPageMetadata(getProjectBySlug((await params).slug), "projects.page", async (project) => {
    const { shown } = projectVersion(project, await getLocale());
    return { title: shown.title, description: shown.summary, path: `/projects/${project.slug}` };
  });
}

// Rendered on request for the signed-in viewer after a form posts here (everyone else
// gets the cached copy, lib/cached-pages.ts).
export default async function ProjectPage({ params }: Props) {
  const { slug } = await params;
  return <ProjectEntry slug={slug} viewer={{ user: await getCurrentUser() }} />;
}
