import Link from "next/link";
import type { ReactNode } from "react";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { Facts } from "@/components/ui/facts";
import { formatDate, formatDateRange } from "@/lib/format";
import {
  cooperationAreaLabels,
  disciplineLabels,
  organisationKindLabels,
  programmeShortLabels,
  verificationLabels,
} from "@/lib/labels";
import type { ProjectDetail } from "@/lib/queries/projects";
import { ExternalLink } from "./external-link";

function Organisation({ organisation }: { organisation: ProjectDetail["partners"][number]["organisation"] }) {
  return (
    <>
      <Link href={`/organizations/${organisation.slug}`}>{organisation.name}</Link>{" "}
      <span className="text-sm text-gray-700">
        ({organisationKindLabels[organisation.kind]}
        {organisation.country ? `, ${organisation.country.name}` : ""})
      </span>{" "}
      {organisation.isSample ? <SampleBadge /> : null}
    </>
  );
}

function InlineList({ children }: { children: ReactNode[] }) {
  return <ul className="flex flex-wrap gap-x-3 gap-y-1">{children}</ul>;
}

export function ProjectFacts({ project }: { project: ProjectDetail }) {
  const { leadOrganisation: lead, partnership } = project;
  return (
    <Facts
      items={[
        [
          "Lead organisation",
          <span key="lead" className="flex flex-wrap items-center gap-2">
            <Organisation organisation={lead} />
            <Badge tone={lead.verificationStatus === "VERIFIED" ? "brand" : "warning"}>
              {verificationLabels[lead.verificationStatus]}
            </Badge>
          </span>,
        ],
        [
          "Partner organisations",
          project.partners.length ? (
            <ul className="space-y-1">
              {project.partners.map(({ organisation }) => (
                <li key={organisation.slug}>
                  <Organisation organisation={organisation} />
                </li>
              ))}
            </ul>
          ) : (
            "None listed"
          ),
        ],
        [
          "Countries",
          <InlineList key="countries">
            {project.countries.map(({ country }) => (
              <li key={country.code}>
                <Link href={`/countries/${country.code}`}>{country.name}</Link>
              </li>
            ))}
          </InlineList>,
        ],
        [
          "Cities",
          project.cities.length ? (
            <ul className="space-y-1">
              {project.cities.map(({ city }) => (
                <li key={city.slug}>
                  <Link href={`/cities?city=${city.slug}`}>{city.name}</Link> ({city.country.name}
                  {city.designations.length
                    ? `: ${city.designations.map((d) => `${programmeShortLabels[d.programme]} ${d.year}`).join(", ")}`
                    : ""}
                  )
                </li>
              ))}
            </ul>
          ) : null,
        ],
        ["Disciplines", project.disciplines.map((d) => disciplineLabels[d]).join(", ")],
        ["Cooperation areas", project.cooperationAreas.map((a) => cooperationAreaLabels[a]).join(", ")],
        ["Dates", formatDateRange(project.startDate, project.endDate)],
        ["Website", project.website ? <ExternalLink href={project.website} /> : null],
        [
          "City partnership",
          partnership ? (
            <span key="partnership" className="flex flex-wrap items-center gap-2">
              <Link href={`/partnerships/${partnership.id}`}>
                {partnership.ecocDesignation.city.name} {partnership.ecocDesignation.year} –{" "}
                {partnership.cceaDesignation.city.name} {partnership.cceaDesignation.year}
              </Link>
              {partnership.isSample ? <SampleBadge /> : null}
            </span>
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
            <Link href={`/recommendations/${project.recommendation.id}`}>{project.recommendation.title}</Link>
          ) : null,
        ],
        [
          "Added to the portal",
          <time key="added" dateTime={project.createdAt.toISOString()}>
            {formatDate(project.createdAt)}
          </time>,
        ],
      ]}
    />
  );
}
