import { LinkList } from "@/components/ui/link-list";
import { allOf } from "@/lib/format";
import type { OrganisationDetail } from "@/lib/queries/organisations";

const projectLinks = (projects: OrganisationDetail["ledProjects"]) =>
  projects.map((p) => ({ key: p.slug, href: `/projects/${p.slug}`, label: p.title, sample: p.isSample }));

// What an organisation does in the portal: projects, endorsements, workshops, publications.
export function OrganisationActivity({ organisation }: { organisation: OrganisationDetail }) {
  const counts = organisation._count;
  // Endorsements of entries that moderation hid are counted but not linked.
  const endorsed = organisation.endorsements.flatMap(({ id, isSample, project, recommendation }) =>
    project?.visibility === "PUBLISHED"
      ? [{ key: id, href: `/projects/${project.slug}`, label: `Project: ${project.title}`, sample: isSample }]
      : recommendation?.visibility === "PUBLISHED"
        ? [
            {
              key: id,
              href: `/recommendations/${recommendation.id}`,
              label: `Recommendation: ${recommendation.title}`,
              sample: isSample,
            },
          ]
        : [],
  );

  return (
    <>
      <LinkList
        title={`Projects led (${counts.leadProjects})`}
        empty="It does not lead any project yet."
        items={projectLinks(organisation.ledProjects)}
        more={
          counts.leadProjects > organisation.ledProjects.length
            ? {
                href: `/projects?organisation=${organisation.slug}`,
                label: `${allOf(counts.leadProjects, "project")} it leads`,
              }
            : undefined
        }
      />
      <LinkList
        title={`Partner in (${counts.partnerProjects})`}
        empty="It is not a partner in any project yet."
        items={projectLinks(organisation.partnerProjects)}
      />
      <LinkList
        title={`Endorsements given (${counts.endorsements})`}
        empty="It has not endorsed anything yet."
        items={endorsed}
      />
      <LinkList
        title="Workshops organised"
        empty="It has not organised an ASEM workshop."
        items={organisation.workshopsOrganised.map(({ workshop }) => ({
          key: workshop.slug,
          href: `/workshops/${workshop.slug}`,
          label: workshop.title,
        }))}
      />
      <LinkList
        title="Named in publications"
        empty="It is not named in the portal's source documents."
        items={organisation.publications.map(({ role, publication }) => ({
          key: publication.slug,
          href: publication.url ?? "/about#sources",
          label: `${publication.title}${publication.year ? ` (${publication.year})` : ""}, as ${role}`,
        }))}
      />
    </>
  );
}
