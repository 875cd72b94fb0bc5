import { describe, expect, it } from "vitest";
import { listMeetings, listRecentMeetings } from "@/lib/queries/meetings";
import { getOverviewCounts, listPublications } from "@/lib/queries/overview";
import { listReferenceSources } from "@/lib/queries/reference-sources";
import {
  createOrganisation,
  createPartnership,
  createProject,
  createRecommendation,
} from "../setup/factories";

describe("getOverviewCounts", () => {
  it("counts the real ASEM partners and ECoC/CCEA titles", async () => {
    const counts = await getOverviewCounts();
    expect(counts.partners).toBe(53);
    expect(counts.designations).toBe(129);
    expect(counts.projects).toBeGreaterThan(0);
    expect(counts.recommendations).toBeGreaterThanOrEqual(5);
    expect(counts.documentedLinks).toBe(10);
  });

  it("counts the real projects apart from the sample ones", async () => {
    const before = await getOverviewCounts();
    // The eleven ASEF programmes and named projects taken from public sources, at least.
    expect(before.realProjects).toBeGreaterThanOrEqual(11);
    await createProject({ isSample: true });
    await createProject();
    const after = await getOverviewCounts();
    expect(after.projects).toBe(before.projects + 2);
    expect(after.realProjects).toBe(before.realProjects + 1);
  });

  it("counts a published project, not a hidden one", async () => {
    const before = await getOverviewCounts();
    await createProject();
    expect((await getOverviewCounts()).projects).toBe(before.projects + 1);
    await createProject({ visibility: "HIDDEN", hiddenReason: "Spam" });
    expect((await getOverviewCounts()).projects).toBe(before.projects + 1);
  });

  it("counts a published recommendation, not a hidden one", async () => {
    const before = await getOverviewCounts();
    await createRecommendation();
    await createRecommendation({ visibility: "HIDDEN", hiddenReason: "Off-topic" });
    expect((await getOverviewCounts()).recommendations).toBe(before.recommendations + 1);
  });

  it("counts organisations without merged ones, and every partnership", async () => {
    const before = await getOverviewCounts();
    const kept = await createOrganisation();
    await createOrganisation({ mergedIntoId: kept.id });
    await createPartnership();
    const after = await getOverviewCounts();
    expect(after.organisations).toBe(before.organisations + 1);
    expect(after.partnerships).toBe(before.partnerships + 1);
    expect(after.partners).toBe(before.partners);
    expect(after.designations).toBe(before.designations);
  });
});

describe("meetings", () => {
  it("lists the latest dated meetings first", async () => {
    const recent = await listRecentMeetings();
    expect(recent.map((meeting) => meeting.slug)).toEqual(["asem13", "asem12", "cmm8", "asem11"]);
    expect(recent[0]).toMatchObject({
      name: "ASEM13",
      kind: "SUMMIT",
      city: "Phnom Penh",
      country: { name: "Cambodia" },
      startDate: new Date("2021-11-25"),
    });
    expect((await listRecentMeetings(2)).map((meeting) => meeting.slug)).toEqual(["asem13", "asem12"]);
    // The 3rd Culture Ministers' Meeting has no confirmed start date, so it is never "recent".
    expect((await listRecentMeetings(100)).map((meeting) => meeting.slug)).not.toContain("cmm3");
    expect(await listRecentMeetings(100)).toHaveLength(20);
  });

  it("lists all 13 summits, then all 8 culture ministers' meetings, by number", async () => {
    const meetings = await listMeetings();
    expect(meetings.map((meeting) => meeting.name)).toEqual([
      ...Array.from({ length: 13 }, (_, i) => `ASEM${i + 1}`),
      "1st ASEM Culture Ministers' Meeting",
      "2nd ASEM Culture Ministers' Meeting",
      "3rd ASEM Culture Ministers' Meeting",
      "4th ASEM Culture Ministers' Meeting",
      "5th ASEM Culture Ministers' Meeting",
      "6th ASEM Culture Ministers' Meeting",
      "7th ASEM Culture Ministers' Meeting",
      "8th ASEM Culture Ministers' Meeting",
    ]);
    expect(meetings.find((meeting) => meeting.slug === "cmm3")).toMatchObject({
      city: "Kuala Lumpur",
      startDate: null,
    });
    expect(meetings.find((meeting) => meeting.slug === "cmm4")).toMatchObject({
      city: "Poznań",
      country: { name: "Poland" },
    });
  });
});

describe("listPublications", () => {
  it("lists the two source documents by title, with their organisations", async () => {
    const publications = await listPublications();
    expect(publications.map((publication) => publication.slug)).toEqual([
      "crp-study-ecoc-ccea",
      "asef-press-release-ha-long-2010",
    ]);
    const [study, pressRelease] = publications;
    expect(pressRelease).toMatchObject({
      year: 2010,
      workshopSlug: "ha-long-2010",
      publisher: "Asia-Europe Foundation (ASEF)",
    });
    expect(pressRelease.organisations).toEqual([
      { role: "publisher", organisation: { slug: "asef", name: "Asia-Europe Foundation (ASEF)" } },
    ]);
    expect(study).toMatchObject({
      year: 2018,
      url: "https://www.cultureinexternalrelations.eu/2018/02/08/cultural-cooperation-between-ecoc-and-ccea/",
      publisher: "Cultural Relations Platform",
    });
    // The study's own facts, from documented-links.json, and both accounts of who made it.
    expect(study.summary).toContain("By Else Christensen-Redzepovic");
    expect(study.summary).toContain("Shanghai, November 2017");
    expect(study.summary).toContain("Cultural Diplomacy Platform");
    expect(study.organisations.map((link) => `${link.organisation.slug} ${link.role}`).sort()).toEqual([
      "cultural-relations-platform author",
      "eu-delegation-to-china commissioned",
      "european-commission commissioned",
      "european-cultural-foundation consortium member",
      "goethe-institut-brussels consortium leader",
      "ietm consortium member",
      "university-of-siena consortium member",
    ]);
  });
});

describe("listReferenceSources", () => {
  it("describes the four reference datasets, each with the sources it lists", async () => {
    const datasets = await listReferenceSources();
    expect(datasets.map((dataset) => dataset.file)).toEqual([
      "asem-partners.json",
      "asem-meetings.json",
      "ecoc.json",
      "ccea.json",
    ]);
    for (const dataset of datasets) {
      expect(dataset.sources.length).toBeGreaterThan(10);
      expect(dataset.description.length).toBeGreaterThan(50);
      expect(dataset.asOf).toMatch(/^20\d\d-\d\d/);
    }
    const ecoc = datasets.find((dataset) => dataset.file === "ecoc.json")!;
    expect(ecoc.sources[0]).toMatch(/Designated European Capitals of Culture/);
  });
});
