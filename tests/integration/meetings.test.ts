import { describe, expect, it } from "vitest";
import { getMeetingBySlug, listMeetings } from "@/lib/queries/meetings";
import { getRecommendation } from "@/lib/queries/recommendations";
import { getWorkshopBySlug } from "@/lib/queries/workshops";

describe("meetings", () => {
  it("lists the 13 summits and 8 culture ministers' meetings, noting where the dates are disputed", async () => {
    const meetings = await listMeetings();
    expect(meetings.filter((m) => m.kind === "SUMMIT")).toHaveLength(13);
    expect(meetings.filter((m) => m.kind === "CULTURE_MINISTERS")).toHaveLength(8);
    const disputed = meetings.filter((m) => m._count.claims > 1).map((m) => m.slug);
    expect(disputed).toEqual(["cmm4"]);
  });

  it("gives Poznan's five date claims, each with its source, beside what reached the meeting", async () => {
    const poznan = await getMeetingBySlug("cmm4");
    const dates = poznan?.claims.filter((claim) => claim.topic === "dates");
    expect(dates?.map((claim) => [claim.statement, claim.source])).toEqual([
      ["7–9 September 2010", "texts published before the meeting (and the 2010 ASEF press release)"],
      ["8–10 September 2010", "ASEM InfoBoard, culture360"],
      ["9–10 September 2010", "asef.org"],
      ["8–11 September 2010", "IIAS, a culture360 heritage post"],
      ["ended Friday 10 September 2010", "Rzeczpospolita, 13 September 2010"],
    ]);
    expect(poznan?.claims.find((claim) => claim.topic === "attendance")).toMatchObject({
      statement: "36 countries, 20 at minister level",
      source: "Rzeczpospolita via aseminfoboard.org (medium confidence)",
    });
    expect(poznan?.sources.length).toBeGreaterThan(0);
    expect(poznan?.workshops.map(({ workshop }) => workshop.slug)).toEqual(["ha-long-2010"]);
    const forwarded = new Set(poznan?.recommendationChanges.map((change) => change.recommendation.id));
    // The five recommendations of the Ha Long press release, at least.
    expect(forwarded.size).toBeGreaterThanOrEqual(5);
    // Each of those names its source, the workshop's press release.
    const first = await getRecommendation([...forwarded][0]);
    expect(first?.workshop.sourceUrl).toBe("http://asef.org/index.php?option=com_project&task=view&id=624");
  });

  it("knows no meeting by an unknown slug", async () => {
    expect(await getMeetingBySlug("asem99")).toBeNull();
  });

  it("gives the Ha Long workshop's disputed dates, place and organisers, each with its source", async () => {
    const workshop = await getWorkshopBySlug("ha-long-2010");
    const about = (topic: string) => workshop!.claims.filter((claim) => claim.topic === topic);
    expect(about("dates and place").map((claim) => claim.statement)).toEqual([
      "28–29 April 2010, in Ha Long",
      "27–29 April 2010, “in Hanoi”",
    ]);
    expect(about("organisers").map((claim) => claim.source)).toEqual([
      "ASEF press release 100505_PR1008 (11 May 2010, asef.org)",
      "culture360's announcement of the workshop",
    ]);
    expect(workshop!.meetings.find(({ meeting }) => meeting.slug === "cmm4")?.meeting._count.claims).toBe(5);
  });
});
