import { inEnglish, label, type LabelKind, type LabelValue } from "@/lib/labels";
import type {
  OrganisationRecord,
  PartnershipRecord,
  ProjectExportRecord,
  RecommendationRecord,
} from "./records";

// Each download's CSV columns, read off the JSON record: names and labels rather than
// codes, lists joined with "; ", dates in ISO 8601.
export type CsvColumn<Rec> = [header: string, value: (record: Rec) => string | number | null];

const joined = <K extends LabelKind>(values: LabelValue<K>[], kind: K) =>
  values.map((value) => label(inEnglish, kind, value)).join("; ");
const yesNo = (value: boolean) => (value ? "yes" : "no");

const names = (items: { name: string }[]) => items.map((item) => item.name).join("; ");

export const projectColumns: CsvColumn<ProjectExportRecord>[] = [
  ["ID", (project) => project.id],
  ["Title", (project) => project.title],
  ["URL", (project) => project.url],
  ["Lead organisation", (project) => project.leadOrganisation.name],
  ["Partners", (project) => names(project.partners)],
  ["Countries", (project) => names(project.countries)],
  ["Cities", (project) => project.cities.map((city) => `${city.name} (${city.country.name})`).join("; ")],
  ["Disciplines", (project) => joined(project.disciplines, "discipline")],
  ["Cooperation areas", (project) => joined(project.cooperationAreas, "cooperationArea")],
  ["Start date", (project) => project.startDate],
  ["End date", (project) => project.endDate],
  ["City pairing", (project) => project.partnership?.name ?? null],
  ["City pairing URL", (project) => project.partnership?.url ?? null],
  ["Endorsements", (project) => project.endorsementCount],
  ["Created", (project) => project.createdAt],
  ["Sample data", (project) => yesNo(project.isSample)],
  ["Summary", (project) => project.summary],
];

export const recommendationColumns: CsvColumn<RecommendationRecord>[] = [
  ["ID", (recommendation) => recommendation.id],
  ["Title", (recommendation) => recommendation.title],
  ["URL", (recommendation) => recommendation.url],
  ["Status", (recommendation) => label(inEnglish, "recommendationStatus", recommendation.status)],
  ["Addressed to", (recommendation) => joined(recommendation.audiences, "audience")],
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
  ["Status", (partnership) => label(inEnglish, "partnershipStatus", partnership.status)],
  ["Cooperation areas", (partnership) => joined(partnership.cooperationAreas, "cooperationArea")],
  ["Sample data", (partnership) => yesNo(partnership.isSample)],
];

export const organisationColumns: CsvColumn<OrganisationRecord>[] = [
  ["ID", (organisation) => organisation.id],
  ["Name", (organisation) => organisation.name],
  ["URL", (organisation) => organisation.url],
  ["Kind", (organisation) => label(inEnglish, "organisationKind", organisation.kind)],
  ["Country", (organisation) => organisation.country?.name ?? null],
  ["Verification", (organisation) => label(inEnglish, "verification", organisation.verificationStatus)],
  ["Projects led", (organisation) => organisation.projectsLed],
  ["Sample data", (organisation) => yesNo(organisation.isSample)],
];
