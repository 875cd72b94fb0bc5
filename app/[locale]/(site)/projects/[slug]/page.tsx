import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { entryMetadata } from "@/lib/page-metadata";
import { ProjectEntry } from "@/components/projects/project-entry";
import { projectVersion } from "@/lib/project-versions";
import { getCurrentUser } from "@/lib/dal";
import { getProjectBySlug } from "@/lib/queries/projects";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [project, locale, t] = await Promise.all([
    getProjectBySlug((await params).slug),
    getLocale(),
    getTranslations("projects.page"),
  ]);
  if (!project) return { title: t("notFound") };
  if (project.visibility === "HIDDEN") return { title: t("hidden"), description: t("hiddenDescription") };
  const { shown } = projectVersion(project, locale);
  return entryMetadata({
    title: shown.title,
    description: shown.summary,
    path: `/projects/${project.slug}`,
  });
}

// Rendered on request for the signed-in viewer after a form posts here (everyone else
// gets the cached copy, lib/cached-pages.ts).
export default async function ProjectPage({ params }: Props) {
  const { slug } = await params;
  return <ProjectEntry slug={slug} viewer={{ user: await getCurrentUser() }} />;
}
