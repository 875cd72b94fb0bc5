import { describe, expect, it } from "vitest";
import * as enums from "@/lib/generated/prisma/enums";
import * as labels from "@/lib/labels";

const pairs = [
  [enums.Audience, labels.audienceLabels],
  [enums.RecommendationStatus, labels.recommendationStatusLabels],
  [enums.CooperationArea, labels.cooperationAreaLabels],
  [enums.Sector, labels.sectorLabels],
  [enums.PartnershipStatus, labels.partnershipStatusLabels],
  [enums.OrganisationKind, labels.organisationKindLabels],
  [enums.Discipline, labels.disciplineLabels],
  [enums.Programme, labels.programmeLabels],
  [enums.VerificationStatus, labels.verificationLabels],
  [enums.Programme, labels.programmeShortLabels],
  [enums.MeetingKind, labels.meetingKindLabels],
  [enums.Region, labels.regionLabels],
  [enums.ReportReason, labels.reportReasonLabels],
] as const;

describe("labels", () => {
  it("name every value of every enum shown to people", () => {
    for (const [values, names] of pairs) {
      expect(Object.keys(names).sort()).toEqual(Object.values(values).sort());
      for (const name of Object.values(names)) expect(name.length).toBeGreaterThan(1);
    }
  });

  it("are all checked here", () => {
    const checked = new Set<unknown>(pairs.map(([, names]) => names));
    const exported = Object.entries(labels).filter(([name]) => name.endsWith("Labels"));
    expect(exported.filter(([, names]) => !checked.has(names)).map(([name]) => name)).toEqual([]);
  });

  it("give select options in label order", () => {
    expect(labels.optionsOf(labels.partnershipStatusLabels)[0]).toEqual({
      value: "PROPOSED",
      label: "Proposed",
    });
  });
});
