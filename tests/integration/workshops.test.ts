import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getWorkshopBySlug, listWorkshopOptions, listWorkshops } from "@/lib/queries/workshops";
import { createRecommendation, createWorkshop } from "../setup/factories";

// A one-day workshop of the test's own.
const workshopOn = (day: string) => createWorkshop({ startDate: new Date(day), endDate: new Date(day) });

describe("getWorkshopBySlug", () => {
  it("has the Ha Long workshop with its three organisers and two meetings in order", async () => {
    const workshop = await getWorkshopBySlug("ha-long-2010");
    expect(workshop).toMatchObject({
      slug: "ha-long-2010",
      title: "ASEM Workshop on Enhancing ASEM Visibility through Cultural Activities",
      place: "Ha Long City, Quang Ninh Province",
      country: { code: "VN", name: "Vietnam" },
      participantCount: 100,
      startDate: new Date("2010-04-28"),
      endDate: new Date("2010-04-29"),
    });
    expect(workshop?.organisers.map((o) => o.country?.code ?? o.organisation?.slug)).toEqual([
      "VN",
      "HU",
      "asef",
    ]);
    expect(workshop?.meetings.map(({ meeting }) => meeting.slug)).toEqual(["cmm4", "asem8"]);
    expect(workshop?.meetings.map(({ meeting }) => meeting.city)).toEqual(["Poznań", "Brussels"]);
  });

  it("lists the five real recommendations in their order, made by the workshop participants", async () => {
    const workshop = await getWorkshopBySlug("ha-long-2010");
    const real = workshop!.recommendations.filter((recommendation) => !recommendation.isSample);
    expect(real.map((recommendation) => recommendation.title)).toEqual([
      "Coordinate culture, education and foreign-affairs ministries",
      "Activate networks of cultural professionals and build new ones, especially in Asia",
      "Let NGOs and associations help build these networks",
      "Recognise ASEF as facilitator of Asia–Europe cultural interaction",
      "Keep supporting Culture360.org",
    ]);
    for (const recommendation of real) {
      expect(recommendation).toMatchObject({
        submittedByLabel: "Workshop participants",
        status: "FORWARDED",
        submittedByOrganisation: null,
      });
    }
    // The seeded samples come after the real ones (position 100 and up).
    const firstSample = workshop!.recommendations.findIndex((recommendation) => recommendation.isSample);
    expect(firstSample).toBe(5);
  });

  it("leaves hidden recommendations out", async () => {
    const workshop = await workshopOn("2031-05-01");
    const shown = await createRecommendation({ workshopId: workshop.id, position: 1 });
    await createRecommendation({
      workshopId: workshop.id,
      position: 2,
      visibility: "HIDDEN",
      hiddenReason: "Off-topic",
    });
    const detail = await getWorkshopBySlug(workshop.slug);
    expect(detail?.recommendations.map((recommendation) => recommendation.id)).toEqual([shown.id]);
    expect(detail?.organisers).toEqual([]);
    expect(detail?.meetings).toEqual([]);
  });

  it("returns null for an unknown slug", async () => {
    expect(await getWorkshopBySlug(`no-such-workshop-${randomUUID()}`)).toBeNull();
  });
});

describe("listWorkshops", () => {
  it("lists workshops newest first", async () => {
    const later = await workshopOn("2032-01-10");
    const earlier = await workshopOn("1999-06-01");
    const slugs = (await listWorkshops()).map((workshop) => workshop.slug);
    expect(slugs.indexOf(later.slug)).toBeLessThan(slugs.indexOf("ha-long-2010"));
    expect(slugs.indexOf("ha-long-2010")).toBeLessThan(slugs.indexOf(earlier.slug));
    expect(slugs.indexOf(later.slug)).toBeGreaterThanOrEqual(0);
  });

  it("counts published recommendations only and lists the organisers in order", async () => {
    const find = async () => (await listWorkshops()).find((workshop) => workshop.slug === "ha-long-2010")!;
    const before = await find();
    expect(before.organisers.map((o) => o.country?.name ?? o.organisation?.name)).toEqual([
      "Vietnam",
      "Hungary",
      "Asia-Europe Foundation (ASEF)",
    ]);
    expect(before.country.name).toBe("Vietnam");
    expect(before._count.recommendations).toBeGreaterThanOrEqual(5);

    await createRecommendation();
    await createRecommendation({ visibility: "HIDDEN", hiddenReason: "Spam" });
    expect((await find())._count.recommendations).toBe(before._count.recommendations + 1);
  });
});

describe("listWorkshopOptions", () => {
  it("offers every workshop by slug and title, newest first", async () => {
    const workshop = await workshopOn("2099-12-31");
    const options = await listWorkshopOptions();
    expect(options[0]).toEqual({ value: workshop.slug, label: workshop.title });
    expect(options).toContainEqual({
      value: "ha-long-2010",
      label: "ASEM Workshop on Enhancing ASEM Visibility through Cultural Activities",
    });
    expect(options).toHaveLength(await db.workshop.count());
  });
});
