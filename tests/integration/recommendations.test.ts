import { describe, expect, it } from "vitest";
import { getRecommendation, listRecommendations } from "@/lib/queries/recommendations";
import { getWorkshopBySlug, listWorkshops } from "@/lib/queries/workshops";
import { createRecommendation, uniqueSlug } from "../setup/factories";

describe("workshops", () => {
  it("has the Ha Long workshop with its organisers, meetings and five real recommendations", async () => {
    const workshop = await getWorkshopBySlug("ha-long-2010");
    expect(workshop?.organisers.map((o) => o.country?.code ?? o.organisation?.slug)).toEqual([
      "VN",
      "HU",
      "asef",
    ]);
    expect(workshop?.meetings.map(({ meeting }) => meeting.slug)).toEqual(["cmm4", "asem8"]);
    const real = workshop?.recommendations.filter((r) => !r.isSample) ?? [];
    expect(real).toHaveLength(5);
    expect(
      real.every((r) => r.submittedByLabel === "Workshop participants" && r.status === "FORWARDED"),
    ).toBe(true);
    expect((await listWorkshops()).map((w) => w.slug)).toContain("ha-long-2010");
    expect(await getWorkshopBySlug("nope")).toBeNull();
  });
});

describe("listRecommendations", () => {
  it("filters by workshop, status and audience", async () => {
    const { items } = await listRecommendations({
      workshop: "ha-long-2010",
      status: "FORWARDED",
      audience: "ASEF",
    });
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const item of items) {
      expect(item.status).toBe("FORWARDED");
      expect(item.audiences).toContain("ASEF");
    }
  });

  it("searches by word prefix together with filters", async () => {
    const { items } = await listRecommendations({ q: "Cultur360", status: "FORWARDED" });
    expect(items).toEqual([]);
    const found = await listRecommendations({ q: "Culture36", status: "FORWARDED" });
    expect(found.items.map((item) => item.title)).toContain("Keep supporting Culture360.org");
  });

  it("hides hidden recommendations from lists but explains them at their address", async () => {
    const word = `quietword${uniqueSlug("").slice(1, 6)}`;
    const hidden = await createRecommendation({
      title: `A ${word}`,
      visibility: "HIDDEN",
      hiddenReason: "Off-topic",
    });
    expect((await listRecommendations({ q: word })).total).toBe(0);
    expect(await getRecommendation(hidden.id)).toMatchObject({
      visibility: "HIDDEN",
      hiddenReason: "Off-topic",
    });
  });
});

describe("getRecommendation", () => {
  it("returns the status history in time order", async () => {
    const { items } = await listRecommendations({ q: "Culture360" });
    const detail = await getRecommendation(items[0].id);
    const times = detail?.statusChanges.map((change) => change.changedAt.getTime()) ?? [];
    expect(times.length).toBe(3);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(detail?.statusChanges.map((change) => change.meeting?.name ?? null)).toEqual([
      null,
      "4th ASEM Culture Ministers' Meeting",
      "ASEM8",
    ]);
  });

  it("returns null for an unknown id", async () => {
    expect(await getRecommendation("nope")).toBeNull();
  });
});
