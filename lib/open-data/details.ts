import type { OrganisationDetail } from "@/lib/queries/organisations";
import type { PartnershipDetail } from "@/lib/queries/partnerships";
import type { ProjectDetail } from "@/lib/queries/projects";
import type { RecommendationDetail } from "@/lib/queries/recommendations";
import {
  organisationLink,
  organisationRecord,
  organisationRef,
  partnershipRecord,
  projectRecord,
  recommendationRecord,
} from "./records";

// The API's single records: the list record and what the detail page adds. Only public
// facts: no account names, nothing of hidden entries.

const isoDate = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

// A status change as both a recommendation's and a pairing's history give it.
const statusChangeRecord = <Status extends string>(change: {
  fromStatus: Status | null;
  toStatus: Status;
  changedAt: Date;
  note: string | null;
}) => ({
  fromStatus: change.fromStatus,
  toStatus: change.toStatus,
  changedAt: change.changedAt.toISOString(),
  note: change.note,
});

const projectLink = (project: { slug: string; title: string }, origin: string) => ({
  slug: project.slug,
  title: project.title,
  url: `${origin}/projects/${project.slug}`,
});

export function projectDetailRecord(project: ProjectDetail, origin: string) {
  const { leadOrganisation, partnership, workshop, recommendation } = project;
  return {
    ...projectRecord(project, origin),
    description: project.description,
    cooperationAreas: project.cooperationAreas,
    startDate: isoDate(project.startDate),
    endDate: isoDate(project.endDate),
    website: project.website,
    leadOrganisation: {
      ...organisationRef(leadOrganisation, origin),
      kind: leadOrganisation.kind,
      country: leadOrganisation.country,
    },
    partners: project.partners.map(({ organisation }) => ({
      ...organisationLink(organisation, origin),
      kind: organisation.kind,
    })),
    cities: project.cities.map(({ city }) => ({ slug: city.slug, name: city.name, country: city.country })),
    partnership: partnership && { id: partnership.id, url: `${origin}/partnerships/${partnership.id}` },
    workshop: workshop && { ...workshop, url: `${origin}/workshops/${workshop.slug}` },
    recommendation:
      recommendation?.visibility === "PUBLISHED"
        ? {
            id: recommendation.id,
            title: recommendation.title,
            url: `${origin}/recommendations/${recommendation.id}`,
          }
        : null,
  };
}

export function recommendationDetailRecord(recommendation: RecommendationDetail, origin: string) {
  const meeting = recommendation.forwardedToMeeting;
  return {
    ...recommendationRecord(recommendation, origin),
    text: recommendation.text,
    forwardedToMeeting: meeting && {
      slug: meeting.slug,
      name: meeting.name,
      kind: meeting.kind,
      city: meeting.city,
      startDate: isoDate(meeting.startDate),
      endDate: isoDate(meeting.endDate),
    },
    statusChanges: recommendation.statusChanges.map((change) => ({
      ...statusChangeRecord(change),
      meeting: change.meeting,
    })),
    projects: recommendation.projects.map((project) => projectLink(project, origin)),
  };
}

export function partnershipDetailRecord(partnership: PartnershipDetail, origin: string) {
  return {
    ...partnershipRecord(partnership, origin),
    sectors: partnership.sectors,
    rationale: partnership.rationale,
    createdAt: partnership.createdAt.toISOString(),
    statusChanges: partnership.statusChanges.map(statusChangeRecord),
    projects: partnership.projects.map((project) => projectLink(project, origin)),
  };
}

export function organisationDetailRecord(organisation: OrganisationDetail, origin: string) {
  return {
    ...organisationRecord(organisation, origin),
    website: organisation.website,
    description: organisation.description,
    projectsPartnered: organisation._count.partnerProjects,
    latestProjectsLed: organisation.ledProjects.map((project) => projectLink(project, origin)),
    latestProjectsPartnered: organisation.partnerProjects.map((project) => projectLink(project, origin)),
    workshopsOrganised: organisation.workshopsOrganised.map(({ workshop }) => ({
      slug: workshop.slug,
      title: workshop.title,
      url: `${origin}/workshops/${workshop.slug}`,
    })),
    publications: organisation.publications.map(({ role, publication }) => ({
      title: publication.title,
      url: publication.url,
      year: publication.year,
      role,
    })),
  };
}
