import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getRecommendation, listRecommendations } from "@/lib/queries/recommendations";
import { PAGE_SIZE } from "@/lib/search-params";
import {
  createHistoryOutOfOrder,
  createProject,
  createRecommendation,
  createWorkshop,
  uniqueWord,
} from "../setup/factories";
import { createInOrder, expectListed, expectTwoPages } from "../setup/lists";

const ids = (result: { items: { id: string }[] }) => result.items.map((item) => item.id);

describe("listRecommendations filters", () => {
  it("narrows by workshop", async () => {
    const workshop = await createWorkshop();
    const first = await createRecommendation({ workshopId: workshop.id });
    const second = await createRecommendation({ workshopId: workshop.id });
    await createRecommendation();
    const result = await listRecommendations({ workshop: workshop.slug });
    expect(new Set(ids(result))).toEqual(new Set([first.id, second.id]));
    expect(result.total).toBe(2);
    for (const item of result.items) expect(item.workshop.slug).toBe(workshop.slug);
    expect((await listRecommendations({ workshop: `no-such-workshop-${randomUUID()}` })).total).toBe(0);
  });

  it("narrows by status and audience, alone and together", async () => {
    const workshop = await createWorkshop();
    const submitted = await createRecommendation({
      workshopId: workshop.id,
      status: "SUBMITTED",
      audiences: ["ASEF", "MINISTRIES_OF_CULTURE"],
    });
    const implemented = await createRecommendation({
      workshopId: workshop.id,
      status: "IMPLEMENTED",
      audiences: ["ASEF"],
    });
    const declined = await createRecommendation({
      workshopId: workshop.id,
      status: "DECLINED",
      audiences: ["CULTURAL_PROFESSIONALS"],
    });
    const scope = { workshop: workshop.slug };
    expect(ids(await listRecommendations({ ...scope, status: "IMPLEMENTED" }))).toEqual([implemented.id]);
    expect(ids(await listRecommendations({ ...scope, status: "DECLINED" }))).toEqual([declined.id]);
    expect((await listRecommendations({ ...scope, status: "FORWARDED" })).total).toBe(0);
    expect(new Set(ids(await listRecommendations({ ...scope, audience: "ASEF" })))).toEqual(
      new Set([submitted.id, implemented.id]),
    );
    expect(ids(await listRecommendations({ ...scope, audience: "MINISTRIES_OF_CULTURE" }))).toEqual([
      submitted.id,
    ]);
    expect(ids(await listRecommendations({ ...scope, audience: "ASEF", status: "SUBMITTED" }))).toEqual([
      submitted.id,
    ]);
    expect((await listRecommendations({ ...scope, audience: "ASEF", status: "DECLINED" })).total).toBe(0);
  });

  it("finds the real Ha Long recommendations addressed to ASEF", async () => {
    const result = await listRecommendations({
      workshop: "ha-long-2010",
      status: "FORWARDED",
      audience: "ASEF",
    });
    expect(result.items.map((item) => item.title)).toEqual(
      expect.arrayContaining([
        "Recognise ASEF as facilitator of Asia–Europe cultural interaction",
        "Keep supporting Culture360.org",
      ]),
    );
    for (const item of result.items) {
      expect(item.status).toBe("FORWARDED");
      expect(item.audiences).toContain("ASEF");
      expect(item.workshop.slug).toBe("ha-long-2010");
    }
    const real = result.items.filter((item) => item.submittedByLabel === "Workshop participants");
    expect(real).toHaveLength(2);
    // The seed's declined sample recommendation.
    expect(
      (await listRecommendations({ workshop: "ha-long-2010", status: "DECLINED" })).items.map((i) => i.title),
    ).toContain("Replace ASEM cultural meetings with a permanent secretariat");
  });
});

describe("listRecommendations search", () => {
  it("matches words by prefix, together with the filters", async () => {
    const word = uniqueWord("recprefix");
    const workshop = await createWorkshop();
    const heritage = await createRecommendation({
      workshopId: workshop.id,
      title: `Protect the heritage of ${word}`,
      status: "UNDER_REVIEW",
    });
    const other = await createRecommendation({ title: `Fund the festivals of ${word}`, audiences: ["ASEF"] });

    expect(ids(await listRecommendations({ q: `herit ${word.slice(0, -2)}` }))).toEqual([heritage.id]);
    expect(new Set(ids(await listRecommendations({ q: word.slice(0, 10) })))).toEqual(
      new Set([heritage.id, other.id]),
    );
    expect(ids(await listRecommendations({ q: word, workshop: workshop.slug }))).toEqual([heritage.id]);
    expect(ids(await listRecommendations({ q: word, status: "UNDER_REVIEW" }))).toEqual([heritage.id]);
    expect(ids(await listRecommendations({ q: word, audience: "ASEF" }))).toEqual([other.id]);
    expect((await listRecommendations({ q: word, audience: "ASEF", status: "UNDER_REVIEW" })).total).toBe(0);

    // Real recommendations, by the prefix of a word in their titles.
    const real = await listRecommendations({ q: "recognis", workshop: "ha-long-2010" });
    expect(real.items.map((item) => item.title)).toContain(
      "Recognise ASEF as facilitator of Asia–Europe cultural interaction",
    );
  });

  it("ranks a title match above a text-only match", async () => {
    const word = uniqueWord("recrank");
    // Submitted so that newest first would give the opposite order.
    const inTitle = await createRecommendation({
      title: `About ${word}`,
      submittedAt: new Date("2026-01-01"),
    });
    const inText = await createRecommendation({
      title: `Something else ${uniqueWord("else")}`,
      text: `The text mentions ${word} once.`,
      submittedAt: new Date("2026-02-01"),
    });
    const result = await listRecommendations({ q: word });
    expect(ids(result)).toEqual([inTitle.id, inText.id]);
    expect(result.total).toBe(2);
  });

  it("ignores tsquery syntax in what people type", async () => {
    const word = uniqueWord("recsyntax");
    const recommendation = await createRecommendation({ title: `Visas for ${word}` });
    expect(ids(await listRecommendations({ q: `visa & | ! ( ) :* ' ${word}` }))).toEqual([recommendation.id]);
  });

  it("finds a word typed past its English stem, and a search of stop words only", async () => {
    // "facilitator" is stored as the stem 'facilit', which "facilitat" is no prefix of.
    const { items } = await listRecommendations({ q: "facilitat", workshop: "ha-long-2010" });
    expect(items.map((item) => item.title)).toContain(
      "Recognise ASEF as facilitator of Asia–Europe cultural interaction",
    );
    const workshop = await createWorkshop();
    const theatre = await createRecommendation({ workshopId: workshop.id, title: "Theatre exchanges" });
    await createRecommendation({ workshopId: workshop.id, title: "Film exchanges" });
    expect(ids(await listRecommendations({ q: "the", workshop: workshop.slug }))).toEqual([theatre.id]);
  });
});

describe("listRecommendations paging and order", () => {
  it("lists newest first and pages without overlap, with the total past the end", async () => {
    const word = uniqueWord("recpage");
    const workshop = await createWorkshop();
    const created = await createInOrder(PAGE_SIZE + 1, (i, submittedAt) =>
      createRecommendation({ workshopId: workshop.id, title: `${word} number ${i}`, submittedAt }),
    );
    const newestFirst = created.map((recommendation) => recommendation.id).reverse();
    const idOf = (recommendation: { id: string }) => recommendation.id;
    await expectTwoPages((page) => listRecommendations({ workshop: workshop.slug, page }), idOf, newestFirst);
    await expectTwoPages((page) => listRecommendations({ q: word, page }), idOf, newestFirst, {
      anyOrder: true,
    });
  });
});

describe("hidden recommendations", () => {
  it("are left out of lists, totals and searches", async () => {
    const word = uniqueWord("rechidden");
    const workshop = await createWorkshop();
    const visible = await createRecommendation({ workshopId: workshop.id, title: `Visible ${word}` });
    await createRecommendation({
      workshopId: workshop.id,
      title: `Hidden ${word}`,
      visibility: "HIDDEN",
      hiddenReason: "Off-topic",
    });
    const reads = [listRecommendations({ workshop: workshop.slug }), listRecommendations({ q: word })];
    await expectListed(reads, ids, [visible.id]);
  });

  it("still have their page, with the visibility and the reason", async () => {
    const hidden = await createRecommendation({ visibility: "HIDDEN", hiddenReason: "Off-topic" });
    expect(await getRecommendation(hidden.id)).toMatchObject({
      id: hidden.id,
      visibility: "HIDDEN",
      hiddenReason: "Off-topic",
    });
  });
});

describe("getRecommendation", () => {
  it("returns a real recommendation with its status history in time order", async () => {
    const [found] = (await listRecommendations({ q: "Culture360", workshop: "ha-long-2010" })).items;
    const detail = await getRecommendation(found.id);
    expect(detail).toMatchObject({
      title: "Keep supporting Culture360.org",
      status: "FORWARDED",
      visibility: "PUBLISHED",
      submittedByLabel: "Workshop participants",
      workshop: { slug: "ha-long-2010" },
      forwardedToMeeting: { name: "ASEM8", city: "Brussels" },
    });
    const times = detail!.statusChanges.map((change) => change.changedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(
      detail?.statusChanges.map((c) => `${c.fromStatus} ${c.toStatus} ${c.meeting?.name ?? "-"}`),
    ).toEqual([
      "null SUBMITTED -",
      "SUBMITTED FORWARDED 4th ASEM Culture Ministers' Meeting",
      "FORWARDED FORWARDED ASEM8",
    ]);
  });

  it("orders status changes by time, not by when they were stored", async () => {
    const recommendation = await createRecommendation({ status: "ACKNOWLEDGED" });
    await createHistoryOutOfOrder(["SUBMITTED", "FORWARDED", "ACKNOWLEDGED"], (toStatus, changedAt) =>
      db.recommendationStatusChange.create({
        data: { recommendationId: recommendation.id, toStatus, changedAt },
      }),
    );
    const detail = await getRecommendation(recommendation.id);
    expect(detail?.statusChanges.map((c) => c.toStatus)).toEqual(["SUBMITTED", "FORWARDED", "ACKNOWLEDGED"]);
  });

  it("lists the published projects that follow it up", async () => {
    const recommendation = await createRecommendation();
    const project = await createProject({ recommendationId: recommendation.id });
    await createProject({ recommendationId: recommendation.id, visibility: "HIDDEN", hiddenReason: "Spam" });
    const detail = await getRecommendation(recommendation.id);
    expect(detail?.projects.map((p) => p.slug)).toEqual([project.slug]);
  });

  it("returns null for an unknown id", async () => {
    expect(await getRecommendation(`no-such-recommendation-${randomUUID()}`)).toBeNull();
  });
});
