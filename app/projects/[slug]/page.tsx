import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EndorsementSection } from "@/components/endorsements/endorsement-section";
import { HiddenEntry } from "@/components/ui/hidden-entry";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { Facts } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { Paragraphs } from "@/components/ui/paragraphs";
import { formatDate, formatDateRange } from "@/lib/format";
import {
  cooperationAreaLabels,
  disciplineLabels,
  organisationKindLabels,
  programmeShortLabels,
} from "@/lib/labels";
import { listEndorsements } from "@/lib/queries/endorsements";
import { getProjectBySlug } from "@/lib/queries/projects";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const project = await getProjectBySlug((await params).slug);
  if (!project) return { title: "Project not found" };
  if (project.visibility === "HIDDEN") return { title: "Project hidden" };
  return { title: project.title, description: project.summary };
}

export default async function ProjectPage({ params }: Props) {
  const project = await getProjectBySlug((await params).slug);
  if (!project) notFound();
  if (project.visibility === "HIDDEN") return <HiddenEntry kind="project" reason={project.hiddenReason} />;
  const endorsements = await listEndorsements({ projectId: project.id });
  const lead = project.leadOrganisation;

  return (
    <article>
      <PageHeader title={project.title} lead={project.summary}>
        {project.isSample ? (
          <p className="mt-2">
            <SampleBadge />
          </p>
        ) : null}
      </PageHeader>
      <Paragraphs text={project.description} />
      <h2 className="mt-8 mb-3 text-xl font-semibold">About the project</h2>
      <Facts
        items={[
          [
            "Lead organisation",
            <span key="lead" className="flex flex-wrap items-center gap-2">
              <Link href={`/organizations/${lead.slug}`}>{lead.name}</Link>
              <span className="text-sm text-gray-700">
                {organisationKindLabels[lead.kind]}
                {lead.country ? `, ${lead.country.name}` : ""}
              </span>
              {lead.verificationStatus !== "VERIFIED" ? (
                <Badge tone="warning">Organisation not yet verified</Badge>
              ) : null}
            </span>,
          ],
          [
            "Partner organisations",
            project.partners.length
              ? project.partners.map(({ organisation }, index) => (
                  <span key={organisation.slug}>
                    {index > 0 ? ", " : ""}
                    <Link href={`/organizations/${organisation.slug}`}>{organisation.name}</Link>
                  </span>
                ))
              : null,
          ],
          [
            "Countries",
            project.countries.map(({ country }, index) => (
              <span key={country.code}>
                {index > 0 ? ", " : ""}
                <Link href={`/countries/${country.code}`}>{country.name}</Link>
              </span>
            )),
          ],
          [
            "Cities",
            project.cities.length
              ? project.cities
                  .map(
                    ({ city }) =>
                      `${city.name} (${city.country.name}; ${city.designations
                        .map((d) => `${programmeShortLabels[d.programme]} ${d.year}`)
                        .join(", ")})`,
                  )
                  .join("; ")
              : null,
          ],
          ["Disciplines", project.disciplines.map((d) => disciplineLabels[d]).join(", ")],
          ["Cooperation areas", project.cooperationAreas.map((a) => cooperationAreaLabels[a]).join(", ")],
          [
            "Dates",
            project.startDate || project.endDate ? formatDateRange(project.startDate, project.endDate) : null,
          ],
          ["Website", project.website ? <a href={project.website}>{project.website}</a> : null],
          [
            "City partnership",
            project.partnership ? (
              <Link href={`/partnerships/${project.partnership.id}`}>
                {project.partnership.ecocDesignation.city.name} {project.partnership.ecocDesignation.year} –{" "}
                {project.partnership.cceaDesignation.city.name} {project.partnership.cceaDesignation.year}
              </Link>
            ) : null,
          ],
          [
            "Workshop",
            project.workshop ? (
              <Link href={`/workshops/${project.workshop.slug}`}>{project.workshop.title}</Link>
            ) : null,
          ],
          [
            "Recommendation",
            project.recommendation?.visibility === "PUBLISHED" ? (
              <Link href={`/recommendations/${project.recommendation.id}`}>
                {project.recommendation.title}
              </Link>
            ) : null,
          ],
          ["Added", formatDate(project.createdAt)],
        ]}
      />
      <EndorsementSection count={project.endorsementCount} endorsements={endorsements} />
    </article>
  );
}
