import { useTranslations } from "next-intl";
import { projectLinks, workshopLinks } from "@/components/entries/entry-links";
import { LinkList } from "@/components/ui/link-list";
import type { OrganisationDetail } from "@/lib/queries/organisations";

// What an organisation does in the portal: projects, endorsements, workshops, publications.
export function OrganisationActivity({ organisation }: { organisation: OrganisationDetail }) {
  const t = useTranslations("organisations.activity");
  const counts = organisation._count;
  // Endorsements of entries that moderation hid are counted but not linked.
  const endorsed = organisation.endorsements.flatMap(({ id, isSample, project, recommendation }) =>
    project?.visibility === "PUBLISHED"
      ? [
          {
            key: id,
            href: `/projects/${project.slug}`,
            label: t("endorsedProject", { title: project.title }),
            sample: isSample,
          },
        ]
      : recommendation?.visibility === "PUBLISHED"
        ? [
            {
              key: id,
              href: `/recommendations/${recommendation.id}`,
              label: t("endorsedRecommendation", { title: recommendation.title }),
              sample: isSample,
            },
          ]
        : [],
  );

  return (
    <>
      <LinkList
        title={t("led", { count: counts.leadProjects })}
        empty={t("noLed")}
        items={projectLinks(organisation.ledProjects)}
        more={
          counts.leadProjects > organisation.ledProjects.length
            ? {
                href: `/projects?organisation=${organisation.slug}`,
                label: t("allLed", { count: counts.leadProjects }),
              }
            : undefined
        }
      />
      <LinkList
        title={t("partner", { count: counts.partnerProjects })}
        empty={t("noPartner")}
        items={projectLinks(organisation.partnerProjects)}
      />
      <LinkList
        title={t("endorsements", { count: counts.endorsements })}
        empty={t("noEndorsements")}
        items={endorsed}
      />
      <LinkList
        title={t("workshops")}
        empty={t("noWorkshops")}
        items={workshopLinks(organisation.workshopsOrganised.map(({ workshop }) => workshop))}
      />
      <LinkList
        title={t("publications")}
        empty={t("noPublications")}
        items={organisation.publications.map(({ role, publication }) => ({
          key: publication.slug,
          href: publication.url ?? "/about#sources",
          label: publication.year
            ? t("publicationWithYear", { title: publication.title, year: String(publication.year), role })
            : t("publication", { title: publication.title, role }),
        }))}
      />
    </>
  );
}
