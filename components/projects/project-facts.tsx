import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { Facts } from "@/components/ui/facts";
import { Link } from "@/i18n/navigation";
import { useFormat } from "@/lib/format";
import { label } from "@/lib/labels";
import { cityName, countryName } from "@/lib/places";
import type { ProjectDetail } from "@/lib/queries/projects";
import { ExternalLink } from "./external-link";

function Organisation({ organisation }: { organisation: ProjectDetail["partners"][number]["organisation"] }) {
  const tLabels = useTranslations("labels");
  const locale = useLocale();
  return (
    <>
      <Link href={`/organizations/${organisation.slug}`}>{organisation.name}</Link>{" "}
      <span className="text-sm text-gray-700">
        ({label(tLabels, "organisationKind", organisation.kind)}
        {organisation.country ? `, ${countryName(organisation.country, locale)}` : ""})
      </span>{" "}
      {organisation.isSample ? <SampleBadge /> : null}
    </>
  );
}

function InlineList({ children }: { children: ReactNode[] }) {
  return <ul className="flex flex-wrap gap-x-3 gap-y-1">{children}</ul>;
}

export function ProjectFacts({ project }: { project: ProjectDetail }) {
  const t = useTranslations("projects.facts");
  const format = useFormat();
  const tLabels = useTranslations("labels");
  const locale = useLocale();
  const { leadOrganisation: lead, partnership } = project;
  return (
    <Facts
      items={[
        [
          t("lead"),
          <span key="lead" className="flex flex-wrap items-center gap-2">
            <Organisation organisation={lead} />
            <Badge tone={lead.verificationStatus === "VERIFIED" ? "brand" : "warning"}>
              {label(tLabels, "verification", lead.verificationStatus)}
            </Badge>
          </span>,
        ],
        [
          t("partners"),
          project.partners.length ? (
            <ul className="space-y-1">
              {project.partners.map(({ organisation }) => (
                <li key={organisation.slug}>
                  <Organisation organisation={organisation} />
                </li>
              ))}
            </ul>
          ) : (
            t("noPartners")
          ),
        ],
        [
          t("countries"),
          <InlineList key="countries">
            {project.countries.map(({ country }) => (
              <li key={country.code}>
                <Link href={`/countries/${country.code}`}>{countryName(country, locale)}</Link>
              </li>
            ))}
          </InlineList>,
        ],
        [
          t("cities"),
          project.cities.length ? (
            <ul className="space-y-1">
              {project.cities.map(({ city }) => (
                <li key={city.slug}>
                  <Link href={`/cities?city=${city.slug}`}>{cityName(city, locale)}</Link> (
                  {countryName(city.country, locale)}
                  {city.designations.length
                    ? `: ${city.designations.map((d) => `${label(tLabels, "programmeShort", d.programme)} ${d.year}`).join(", ")}`
                    : ""}
                  )
                </li>
              ))}
            </ul>
          ) : null,
        ],
        [t("disciplines"), project.disciplines.map((d) => label(tLabels, "discipline", d)).join(", ")],
        [
          t("cooperationAreas"),
          project.cooperationAreas.map((a) => label(tLabels, "cooperationArea", a)).join(", "),
        ],
        [t("dates"), format.dateRange(project.startDate, project.endDate)],
        [t("website"), project.website ? <ExternalLink href={project.website} /> : null],
        [
          t("partnership"),
          partnership ? (
            <span key="partnership" className="flex flex-wrap items-center gap-2">
              <Link href={`/partnerships/${partnership.id}`}>
                {cityName(partnership.ecocDesignation.city, locale)} {partnership.ecocDesignation.year} –{" "}
                {cityName(partnership.cceaDesignation.city, locale)} {partnership.cceaDesignation.year}
              </Link>
              {partnership.isSample ? <SampleBadge /> : null}
            </span>
          ) : null,
        ],
        [
          t("workshop"),
          project.workshop ? (
            <Link href={`/workshops/${project.workshop.slug}`} lang={project.workshop.language}>
              {project.workshop.title}
            </Link>
          ) : null,
        ],
        [
          t("recommendation"),
          project.recommendation?.visibility === "PUBLISHED" ? (
            <Link
              href={`/recommendations/${project.recommendation.id}`}
              lang={project.recommendation.language}
            >
              {project.recommendation.title}
            </Link>
          ) : null,
        ],
        [
          t("added"),
          <time key="added" dateTime={project.createdAt.toISOString()}>
            {format.date(project.createdAt)}
          </time>,
        ],
      ]}
    />
  );
}
