import { describe, expect, it } from "vitest";
import { routing, type Locale } from "@/i18n/routing";
import * as enums from "@/lib/generated/prisma/enums";
import { inEnglish, label, labelOptions, labelValues, meetingTitle, type LabelKind } from "@/lib/labels";
import { translatorFor } from "@/lib/translator";

const enumOf: Record<LabelKind, Record<string, string>> = {
  audience: enums.Audience,
  recommendationStatus: enums.RecommendationStatus,
  cooperationArea: enums.CooperationArea,
  sector: enums.Sector,
  partnershipStatus: enums.PartnershipStatus,
  organisationKind: enums.OrganisationKind,
  discipline: enums.Discipline,
  programme: enums.Programme,
  programmeShort: enums.Programme,
  meetingKind: enums.MeetingKind,
  region: enums.Region,
  verification: enums.VerificationStatus,
  reportReason: enums.ReportReason,
};
const kinds = Object.keys(enumOf) as LabelKind[];

const translator = (locale: Locale) => translatorFor(locale, "labels");

describe("labels", () => {
  it("name every value of every enum shown to people, in every locale", () => {
    for (const locale of routing.locales) {
      const t = translator(locale);
      for (const kind of kinds) {
        const values: string[] = labelValues(kind);
        expect([...values].sort()).toEqual(Object.values(enumOf[kind]).sort());
        for (const value of values)
          expect(t.has(`${kind}.${value}`), `${locale} ${kind}.${value}`).toBe(true);
      }
    }
  });

  it("are written in each language, not copied from English", () => {
    const t = translator("fr");
    expect(label(t, "discipline", "MUSIC")).toBe("Musique");
    expect(label(translator("zh"), "programme", "CCEA")).toBe("东亚文化之都");
    expect(label(translator("ko"), "partnershipStatus", "ACTIVE")).not.toBe(
      label(inEnglish, "partnershipStatus", "ACTIVE"),
    );
  });

  it("give select options in the enum's order", () => {
    expect(labelOptions(inEnglish, "partnershipStatus")[0]).toEqual({ value: "PROPOSED", label: "Proposed" });
  });

  it("name a meeting by its kind unless its name already does", () => {
    expect(meetingTitle(inEnglish, { kind: "SUMMIT", name: "ASEM8" })).toBe("ASEM8 (ASEM Summit)");
    expect(meetingTitle(translator("de"), { kind: "SUMMIT", name: "ASEM8" })).toBe("ASEM8 (ASEM-Gipfel)");
    const cmm = { kind: "CULTURE_MINISTERS" as const, name: "4th ASEM Culture Ministers' Meeting" };
    expect(meetingTitle(translator("ja"), cmm)).toBe(cmm.name);
  });
});
