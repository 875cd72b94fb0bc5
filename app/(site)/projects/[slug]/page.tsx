import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EndorsementSection } from "@/components/endorsements/endorsement-section";
import { EntryModeration } from "@/components/moderation/entry-moderation";
import { ProjectFacts } from "@/components/projects/project-facts";
import { SampleBadge, UnverifiedBadge } from "@/components/ui/badge";
import { HiddenEntry } from "@/components/ui/hidden-entry";
import { Markdown } from "@/components/ui/markdown";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/dal";
import { getProjectBySlug, mayEditProject } from "@/lib/queries/projects";

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
  const user = await getCurrentUser();

  return (
    <article>
      <PageHeader title={project.title} lead={project.summary}>
        <p className="mt-2 flex flex-wrap items-center gap-3">
          {project.isSample ? <SampleBadge /> : null}
          <UnverifiedBadge status={project.leadOrganisation.verificationStatus} />
          {mayEditProject(user, project.leadOrganisation.id) ? (
            <Link href={`/projects/${project.slug}/edit`}>Edit this project</Link>
          ) : null}
        </p>
      </PageHeader>
      <section aria-labelledby="description-heading">
        <h2 id="description-heading" className="mb-3 text-xl font-semibold">
          Description
        </h2>
        <Markdown text={project.description} />
      </section>
      <section aria-labelledby="facts-heading" className="mt-8">
        <h2 id="facts-heading" className="mb-3 text-xl font-semibold">
          About the project
        </h2>
        <ProjectFacts project={project} />
      </section>
      <EndorsementSection target={{ projectId: project.id }} path={`/projects/${project.slug}`} />
      <EntryModeration viewer={user} target={{ projectId: project.id }} kind="project" />
    </article>
  );
}
