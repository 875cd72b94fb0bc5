import type { VerificationStatus } from "@/lib/generated/prisma/enums";
import type { ProjectExportItem } from "@/lib/queries/exports";
import type { OrganisationListItem } from "@/lib/queries/organisations";
import type { PartnershipListItem } from "@/lib/queries/partnerships";
import type { ProjectListItem } from "@/lib/queries/projects";
import type { RecommendationListItem } from "@/lib/queries/recommendations";

// The public JSON shape of each list's rows, shared by the downloads and the API.
// Links are absolute, built on the portal's origin.

export function organisationLink(organisation: { slug: string; name: string }, origin: string) {
  return {
    slug: organisation.slug,
    name: organisation.name,
    url: `${origin}/organizations/${organisation.slug}`,
  };
}

type OrganisationRef = { slug: string; name: string; verificationStatus: VerificationStatus };

export function organisationRef(organisation: OrganisationRef, origin: string) {
  return { ...organisationLink(organisation, origin), verificationStatus: organisation.verificationStatus };
}

export function projectRecord(project: ProjectListItem, origin: string) {
  return {
    id: project.id,
    slug: project.slug,
    title: project.title,
    summary: project.summary,
    url: `${origin}/projects/${project.slug}`,
    leadOrganisation: organisationRef(project.leadOrganisation, origin),
    countries: project.countries.map(({ country }) => ({ code: country.code, name: country.name })),
    disciplines: project.disciplines,
    endorsementCount: project.endorsementCount,
    createdAt: project.createdAt.toISOString(),
    isSample: project.isSample,
  };
}

const isoDate = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

// A downloaded project: the list's record and what its page shows besides.
export function projectExportRecord(project: ProjectExportItem, origin: string) {
  const pairing = project.partnership;
  return {
    ...projectRecord(project, origin),
    cooperationAreas: project.cooperationAreas,
    startDate: isoDate(project.startDate),
    endDate: isoDate(project.endDate),
    partners: project.partners.map(({ organisation }) => organisationLink(organisation, origin)),
    cities: project.cities.map(({ city }) => ({ slug: city.slug, name: city.name, country: city.country })),
    partnership: pairing && {
      id: pairing.id,
      name: `${pairing.ecocDesignation.city.name} ${pairing.ecocDesignation.year} – ${pairing.cceaDesignation.city.name} ${pairing.cceaDesignation.year}`,
      url: `${origin}/partnerships/${pairing.id}`,
    },
  };
}

export function recommendationRecord(recommendation: RecommendationListItem, origin: string) {
  const { workshop, submittedByOrganisation } = recommendation;
  return {
    id: recommendation.id,
    title: recommendation.title,
    url: `${origin}/recommendations/${recommendation.id}`,
    status: recommendation.status,
    audiences: recommendation.audiences,
    workshop: { slug: workshop.slug, title: workshop.title, url: `${origin}/workshops/${workshop.slug}` },
    submittedByOrganisation: submittedByOrganisation && organisationRef(submittedByOrganisation, origin),
    submittedByLabel: recommendation.submittedByLabel,
    submittedAt: recommendation.submittedAt.toISOString(),
    endorsementCount: recommendation.endorsementCount,
    isSample: recommendation.isSample,
  };
}

type Designation = PartnershipListItem["ecocDesignation"];

function designationRecord(designation: Designation) {
  const { city } = designation;
  return {
    year: designation.year,
    status: designation.status,
    city: { slug: city.slug, name: city.name },
    country: { code: city.country.code, name: city.country.name },
  };
}

export function partnershipRecord(partnership: PartnershipListItem, origin: string) {
  return {
    id: partnership.id,
    url: `${origin}/partnerships/${partnership.id}`,
    status: partnership.status,
    cooperationAreas: partnership.cooperationAreas,
    ecoc: designationRecord(partnership.ecocDesignation),
    ccea: designationRecord(partnership.cceaDesignation),
    isSample: partnership.isSample,
  };
}

export function organisationRecord(organisation: OrganisationListItem, origin: string) {
  return {
    id: organisation.id,
    ...organisationLink(organisation, origin),
    kind: organisation.kind,
    country: organisation.country && { code: organisation.country.code, name: organisation.country.name },
    verificationStatus: organisation.verificationStatus,
    projectsLed: organisation._count.leadProjects,
    isSample: organisation.isSample,
  };
}

export type ProjectRecord = ReturnType<typeof projectRecord>;
export type ProjectExportRecord = ReturnType<typeof projectExportRecord>;
export type RecommendationRecord = ReturnType<typeof recommendationRecord>;
export type PartnershipRecord = ReturnType<typeof partnershipRecord>;
export type OrganisationRecord = ReturnType<typeof organisationRecord>;
