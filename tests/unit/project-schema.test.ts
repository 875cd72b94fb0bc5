import { describe, expect, it } from "vitest";
import { ProjectFormSchema, UpdateProjectSchema } from "@/lib/validations/project";
import { validationMessages } from "@/tests/setup/intl";

const valid = {
  title: "Shared Stages",
  summary: "Theatre makers from Hanoi and Lyon work together.",
  description: "Two companies rehearse in both cities and tour the result.",
  countryCodes: "VN",
  disciplines: "PERFORMING_ARTS",
  cooperationAreas: ["ARTIST_MOBILITY", "CO_CREATIONS"],
};

const message = validationMessages("en");

const errorsOf = (input: Record<string, unknown>) => {
  const result = ProjectFormSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path[0], message(i)]));
};

describe("ProjectFormSchema", () => {
  it("reads one value or several as a list, without blanks or repeats, and empty optional fields as absent", () => {
    const parsed = ProjectFormSchema.parse({
      ...valid,
      title: "  Shared Stages  ",
      partnerOrganisationIds: ["a", "", "a", "b"],
      startDate: "",
      website: "",
      workshopId: "",
    });
    expect(parsed).toMatchObject({
      title: "Shared Stages",
      countryCodes: ["VN"],
      disciplines: ["PERFORMING_ARTS"],
      partnerOrganisationIds: ["a", "b"],
      cityIds: [],
    });
    expect(parsed.startDate).toBeUndefined();
    expect(parsed.website).toBeUndefined();
    expect(parsed.workshopId).toBeUndefined();
  });

  it("names every missing or bad field with a human message", () => {
    expect(errorsOf({})).toEqual({
      title: "Enter a title.",
      summary: "Enter a summary.",
      description: "Enter a description.",
      countryCodes: "Choose at least one country the project takes place in.",
      disciplines: "Choose at least one discipline.",
      cooperationAreas: "Choose at least one cooperation area.",
    });
    expect(errorsOf({ ...valid, title: "ab", disciplines: ["DANCE"] })).toEqual({
      title: "Enter a title of at least 3 characters.",
      disciplines: "Choose disciplines from the list.",
    });
    expect(errorsOf({ ...valid, description: "x".repeat(10_001) })).toEqual({
      description: "Shorten the description to at most 10,000 characters.",
    });
  });

  it("limits the lists", () => {
    const many = (count: number) => Array.from({ length: count }, (_, index) => `id-${index}`);
    expect(errorsOf({ ...valid, partnerOrganisationIds: many(30), cityIds: many(30) })).toEqual({});
    expect(errorsOf({ ...valid, partnerOrganisationIds: many(31), cityIds: many(31) })).toEqual({
      partnerOrganisationIds: "Choose at most 30 partners.",
      cityIds: "Choose at most 30 cities.",
    });
    expect(errorsOf({ ...valid, countryCodes: many(54) })).toEqual({
      countryCodes: "Choose at most 53 countries.",
    });
  });

  it("accepts only http and https web addresses", () => {
    expect(errorsOf({ ...valid, website: "https://stages.example.org/about" })).toEqual({});
    for (const website of ["javascript:alert(1)", "ftp://stages.example.org", "stages.example.org"]) {
      expect(errorsOf({ ...valid, website })).toEqual({
        website: "Enter a web address starting with http:// or https://.",
      });
    }
  });

  it("wants real dates in a sensible range, the end not before the start", () => {
    expect(errorsOf({ ...valid, startDate: "2025-03-01", endDate: "2025-03-01" })).toEqual({});
    expect(errorsOf({ ...valid, startDate: "2025-02-30", endDate: "3025-01-01" })).toEqual({
      startDate: "Enter a date as YYYY-MM-DD, for example 2025-03-01.",
      endDate: "Enter a year between 1980 and 2100.",
    });
    // Shown together with the other fields' mistakes, not only once they are fixed.
    expect(errorsOf({ ...valid, title: "", startDate: "2025-03-01", endDate: "2024-12-31" })).toEqual({
      title: "Enter a title of at least 3 characters.",
      endDate: "The end date cannot be before the start date.",
    });
  });

  it("needs the project's id to update it", () => {
    expect(UpdateProjectSchema.safeParse(valid).success).toBe(false);
    expect(UpdateProjectSchema.parse({ ...valid, projectId: "p1" }).projectId).toBe("p1");
  });
});
