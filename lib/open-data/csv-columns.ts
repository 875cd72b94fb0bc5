import {
  audienceLabels,
  cooperationAreaLabels,
  disciplineLabels,
  organisationKindLabels,
  partnershipStatusLabels,
  recommendationStatusLabels,
  verificationLabels,
} from "@/lib/labels";
import type { OrganisationRecord, PartnershipRecord, ProjectRecord, RecommendationRecord } from "./records";

// Each download's CSV columns, read off the JSON record: names and labels rather than
// codes, lists joined with "; ", dates in ISO 8601.
export type CsvColumn<Rec> = [header: string, value: (record: Rec) => string | number | null];

const joined = <K extends string>(values: K[], labels: Record<K, string>) =>
  values.map((value) => labels[value]).join("; ");
const yesNo = (value: boolean) => (value ? "yes" : "no");

export const projectColumns: CsvColumn<ProjectRecord>[] = [
  ["ID", (project) => project.id],
  ["Title", (project) => project.title],
  ["URL", (project) => project.url],
  ["Lead organisation", (project) => project.leadOrganisation.name],
  ["Countries", (project) => project.countries.map((country) => country.name).join("; ")],
  ["Disciplines", (project) => joined(project.disciplines, disciplineLabels)],
  ["Endorsements", (project) => project.endorsementCount],
  ["Created", (project) => project.createdAt],
  ["Sample data", (project) => yesNo(project.isSample)],
  ["Summary", (project) => project.summary],
];

export const recommendationColumns: CsvColumn<RecommendationRecord>[] = [
  ["ID", (recommendation) => recommendation.id],
  ["Title", (recommendation) => recommendation.title],
  ["URL", (recommendation) => recommendation.url],
  ["Status", (recommendation) => recommendationStatusLabels[recommendation.status]],
  ["Addressed to", (recommendation) => joined(recommendation.audiences, audienceLabels)],
  ["Workshop", (recommendation) => recommendation.workshop.title],
  [
    "Submitted by",
    (recommendation) => recommendation.submittedByOrganisation?.name ?? recommendation.submittedByLabel,
  ],
  ["Submitted", (recommendation) => recommendation.submittedAt],
  ["Endorsements", (recommendation) => recommendation.endorsementCount],
  ["Sample data", (recommendation) => yesNo(recommendation.isSample)],
];

export const partnershipColumns: CsvColumn<PartnershipRecord>[] = [
  ["ID", (partnership) => partnership.id],
  ["URL", (partnership) => partnership.url],
  ["European Capital of Culture", (partnership) => partnership.ecoc.city.name],
  ["ECoC year", (partnership) => partnership.ecoc.year],
  ["ECoC country", (partnership) => partnership.ecoc.country.name],
  ["Culture City of East Asia", (partnership) => partnership.ccea.city.name],
  ["CCEA year", (partnership) => partnership.ccea.year],
  ["CCEA country", (partnership) => partnership.ccea.country.name],
  ["Status", (partnership) => partnershipStatusLabels[partnership.status]],
  ["Cooperation areas", (partnership) => joined(partnership.cooperationAreas, cooperationAreaLabels)],
  ["Sample data", (partnership) => yesNo(partnership.isSample)],
];

export const organisationColumns: CsvColumn<OrganisationRecord>[] = [
  ["ID", (organisation) => organisation.id],
  ["Name", (organisation) => organisation.name],
  ["URL", (organisation) => organisation.url],
  ["Kind", (organisation) => organisationKindLabels[organisation.kind]],
  ["Country", (organisation) => organisation.country?.name ?? null],
  ["Verification", (organisation) => verificationLabels[organisation.verificationStatus]],
  ["Projects led", (organisation) => organisation.projectsLed],
  ["Sample data", (organisation) => yesNo(organisation.isSample)],
];
