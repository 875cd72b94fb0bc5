import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AllEndorsements } from "@/components/endorsements/all-endorsements";
import { HiddenEntry } from "@/components/ui/hidden-entry";
import { getProjectBySlug } from "@/lib/queries/projects";
import type { SearchParams } from "@/lib/search-params";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await getProjectBySlug((await params).slug);
  if (!project) return { title: "Project not found" };
  if (project.visibility === "HIDDEN") return { title: "Project hidden" };
  return {
    title: `Endorsements of ${project.title}`,
    description: `Organisations endorsing ${project.title}.`,
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
