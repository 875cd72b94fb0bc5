import fs from "node:fs";
import path from "node:path";
import type {
  Audience,
  CooperationArea,
  Discipline,
  PartnershipStatus,
  RecommendationStatus,
  Sector,
} from "../../lib/generated/prisma/client";

// The sample content's text is data, kept in sample-content.json; these are its shapes.
type SampleContent = {
  // Themes the sample projects are built from: each becomes three projects led by
  // different sample organisations in different city pairs.
  projectThemes: { title: string; summary: string; disciplines: Discipline[]; areas: CooperationArea[] }[];
  // Sample pairings of real designations (ECoC city, country, year ↔ CCEA city, country, year).
  samplePartnerships: {
    ecoc: [string, string, number];
    ccea: [string, string, number];
    status: PartnershipStatus;
    areas: CooperationArea[];
    sectors: Sector[];
    rationale: string;
  }[];
  sampleRecommendations: {
    title: string;
    text: string;
    audiences: Audience[];
    status: RecommendationStatus;
    organisation: string;
  }[];
};

export const { projectThemes, samplePartnerships, sampleRecommendations } = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, "sample-content.json"), "utf8"),
) as SampleContent;
