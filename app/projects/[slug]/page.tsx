import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EndorsementSection } from "@/components/endorsements/endorsement-section";
import { ProjectFacts } from "@/components/projects/project-facts";
import { SampleBadge } from "@/components/ui/badge";
import { HiddenEntry } from "@/components/ui/hidden-entry";
import { PageHeader } from "@/components/ui/page-header";
import { Paragraphs } from "@/components/ui/paragraphs";
import { listEndorsements } from "@/lib/queries/endorsements";
import { getProjectBySlug } from "@/lib/queries/projects";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await getProjectBySlug((await params).slug);
  if (!project) return { title: "Project not found" };
  if (project.visibility === "HIDDEN") {
    return { title: "Project hidden", description: "The portal's moderators hid this project." };
  }
  return { title: project.title, description: project.summary };
}

export default async function ProjectPage({ params }: Props) {
  const project = await getProjectBySlug((await params).slug);
  if (!project) notFound();
  // Moderation keeps the address alive but shows only why the entry was hidden.
  if (project.visibility === "HIDDEN") return <HiddenEntry kind="project" reason={project.hiddenReason} />;
  const endorsements = await listEndorsements({ projectId: project.id });

  return (
    <article>
      <PageHeader title={project.title} lead={project.summary}>
        {project.isSample ? (
          <p className="mt-2">
            <SampleBadge />
          </p>
        ) : null}
      </PageHeader>
      <section aria-labelledby="description-heading">
        <h2 id="description-heading" className="mb-3 text-xl font-semibold">
          Description
        </h2>
        <Paragraphs text={project.description} />
      </section>
      <section aria-labelledby="facts-heading" className="mt-8">
        <h2 id="facts-heading" className="mb-3 text-xl font-semibold">
          About the project
        </h2>
        <ProjectFacts project={project} />
      </section>
      <EndorsementSection count={project.endorsementCount} endorsements={endorsements} />
    </article>
  );
}
