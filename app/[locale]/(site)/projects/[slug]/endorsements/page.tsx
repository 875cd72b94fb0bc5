import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AllEndorsements } from "@/components/endorsements/all-endorsements";
import { HiddenEntry } from "@/components/ui/hidden-entry";
import { getProjectBySlug } from "@/lib/queries/projects";
import type { SearchParams } from "@/lib/search-params";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await getProjectBySlug((await params).slug);
  const t = await getTranslations("projects.page");
  if (!project) return { title: t("notFound") };
  if (project.visibility === "HIDDEN") return { title: t("hidden") };
  return {
    title: t("endorsementsTitle", { title: project.title }),
    description: t("endorsementsDescription", { title: project.title }),
  };
}

export default async function ProjectEndorsementsPage({ params, searchParams }: Props) {
  const project = await getProjectBySlug((await params).slug);
  if (!project) notFound();
  if (project.visibility === "HIDDEN") return <HiddenEntry kind="project" reason={project.hiddenReason} />;
  return (
    <AllEndorsements
      target={{ projectId: project.id }}
      entry={{
        title: project.title,
        path: `/projects/${project.slug}`,
        kind: "project",
      }}
      searchParams={await searchParams}
    />
  );
}
