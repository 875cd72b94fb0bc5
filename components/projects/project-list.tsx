import { useLocale, useTranslations } from "next-intl";
import { EntryHead, EntryList, type HeadingLevel, type ListProps } from "@/components/lists/entry-list";
import { Badge, PublicSourcesBadge, SampleBadge, UnverifiedBadge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { label } from "@/lib/labels";
import { countryName } from "@/lib/places";
import type { ProjectListItem } from "@/lib/queries/projects";

// One project as listed: on /projects, on the home page and wherever projects are summarised.
// `compact` leaves out the summary and disciplines, for narrow columns.
export function ProjectCard({
  project,
  headingLevel = 2,
  compact = false,
}: {
  project: ProjectListItem;
  headingLevel?: HeadingLevel;
  compact?: boolean;
}) {
  const tLabels = useTranslations("labels");
  const t = useTranslations("lists.items");
  const locale = useLocale();
  return (
    <article>
      <EntryHead
        href={`/projects/${project.slug}`}
        title={project.title}
        lang={project.language}
        level={headingLevel}
        badges={
          <>
            {project.isSample ? <SampleBadge /> : null}
            {project.sources.length ? <PublicSourcesBadge /> : null}
            <UnverifiedBadge status={project.leadOrganisation.verificationStatus} />
          </>
        }
      />
      {compact ? null : (
        <p className="entry-text" lang={project.language}>
          {project.summary}
        </p>
      )}
      <p className="entry-facts">
        <span>
          {t.rich("ledBy", {
            organisation: () => (
              <Link href={`/organizations/${project.leadOrganisation.slug}`}>
                {project.leadOrganisation.name}
              </Link>
            ),
          })}
        </span>
        <span>
          <span className="sr-only">{t("countries")} </span>
          {project.countries.map(({ country }) => countryName(country, locale)).join(", ")}
        </span>
        <span>{t("endorsements", { count: project.endorsementCount })}</span>
      </p>
      {compact || project.disciplines.length === 0 ? null : (
        <ul className="entry-tags">
          {project.disciplines.map((discipline) => (
            <li key={discipline}>
              <Badge>{label(tLabels, "discipline", discipline)}</Badge>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

export function ProjectList({
  items,
  headingLevel,
  compact = false,
}: ListProps<ProjectListItem> & { compact?: boolean }) {
  return (
    <EntryList items={items}>
      {(project) => <ProjectCard project={project} headingLevel={headingLevel} compact={compact} />}
    </EntryList>
  );
}
