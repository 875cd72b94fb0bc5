import type {
  Audience,
  CooperationArea,
  Discipline,
  MeetingKind,
  OrganisationKind,
  PartnershipStatus,
  Programme,
  RecommendationStatus,
  Region,
  ReportReason,
  Sector,
  VerificationStatus,
} from "@/lib/generated/prisma/enums";

// Human names for the enums, in the order they are offered in filters and forms.
export const audienceLabels: Record<Audience, string> = {
  MINISTRIES_OF_CULTURE: "Ministries of culture",
  MINISTRIES_OF_EDUCATION: "Ministries of education",
  MINISTRIES_OF_FOREIGN_AFFAIRS: "Ministries of foreign affairs",
  NGOS_AND_ASSOCIATIONS: "NGOs and associations",
  ASEF: "Asia-Europe Foundation (ASEF)",
  ASEM_GOVERNMENTS: "ASEM governments",
  CULTURAL_PROFESSIONALS: "Cultural professionals",
};

export const recommendationStatusLabels: Record<RecommendationStatus, string> = {
  SUBMITTED: "Submitted",
  UNDER_REVIEW: "Under review",
  FORWARDED: "Forwarded to a meeting",
  ACKNOWLEDGED: "Acknowledged",
  IMPLEMENTED: "Implemented",
  DECLINED: "Declined",
};

export const cooperationAreaLabels: Record<CooperationArea, string> = {
  ARTIST_MOBILITY: "Artist mobility",
  COOPERATION_PROJECTS: "Cooperation projects",
  CO_CREATIONS: "Co-creations",
  CROSS_SECTOR_NETWORKING: "Cross-sector networking",
  CAPACITY_BUILDING: "Capacity building",
  BRANDING: "Branding",
  CONSULTANCY: "Consultancy",
};

export const sectorLabels: Record<Sector, string> = {
  CREATIVE_SECTOR: "Creative sector",
  TOURISM: "Tourism",
  ENERGY_AND_ENVIRONMENT: "Energy and environment",
  BUSINESS: "Business",
  RURAL_DEVELOPMENT: "Rural development",
  CARE: "Care",
  EDUCATION: "Education",
  HEALTH: "Health",
  TECHNOLOGY: "Technology",
};

export const partnershipStatusLabels: Record<PartnershipStatus, string> = {
  PROPOSED: "Proposed",
  EXPLORING: "Exploring",
  ACTIVE: "Active",
  CONCLUDED: "Concluded",
};

export const organisationKindLabels: Record<OrganisationKind, string> = {
  NGO_OR_ASSOCIATION: "NGO or association",
  MINISTRY_OF_CULTURE: "Ministry of culture",
  MINISTRY_OF_EDUCATION: "Ministry of education",
  MINISTRY_OF_FOREIGN_AFFAIRS: "Ministry of foreign affairs",
  CITY_ADMINISTRATION: "City administration",
  FOUNDATION: "Foundation",
  CULTURAL_INSTITUTION: "Cultural institution",
  UNIVERSITY: "University",
  INTERGOVERNMENTAL: "Intergovernmental organisation",
};

export const disciplineLabels: Record<Discipline, string> = {
  VISUAL_ARTS: "Visual arts",
  PERFORMING_ARTS: "Performing arts",
  MUSIC: "Music",
  FILM: "Film",
  LITERATURE: "Literature",
  HERITAGE: "Heritage",
  DESIGN: "Design",
  ARCHITECTURE: "Architecture",
  DIGITAL_ARTS: "Digital arts",
  CRAFTS: "Crafts",
  RESEARCH: "Research",
};

export const programmeLabels: Record<Programme, string> = {
  ECOC: "European Capital of Culture",
  CCEA: "Culture City of East Asia",
};

export const programmeShortLabels: Record<Programme, string> = { ECOC: "ECoC", CCEA: "CCEA" };

export const meetingKindLabels: Record<MeetingKind, string> = {
  SUMMIT: "ASEM Summit",
  CULTURE_MINISTERS: "ASEM Culture Ministers' Meeting",
};

export const regionLabels: Record<Region, string> = { ASIA: "Asia", EUROPE: "Europe" };

export function optionsOf<K extends string>(labels: Record<K, string>) {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}

export const verificationLabels: Record<VerificationStatus, string> = {
  VERIFIED: "Verified",
  UNVERIFIED: "Not yet verified",
  REJECTED: "Verification declined",
};

export const reportReasonLabels: Record<ReportReason, string> = {
  SPAM: "Spam",
  OFFENSIVE: "Offensive",
  OFF_TOPIC: "Off-topic",
  INACCURATE: "Inaccurate",
};

// "ASEM8 (ASEM Summit)"; "8th ASEM Culture Ministers' Meeting" already says what it is.
export function meetingTitle(meeting: { kind: MeetingKind; name: string }): string {
  const kind = meetingKindLabels[meeting.kind];
  return meeting.name.toLowerCase().includes(kind.replace(/^ASEM /, "").toLowerCase())
    ? meeting.name
    : `${meeting.name} (${kind})`;
}
