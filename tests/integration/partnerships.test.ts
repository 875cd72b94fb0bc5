import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPartnership, listLatestPartnerships, listPartnerships } from "@/lib/queries/partnerships";
import { PAGE_SIZE } from "@/lib/search-params";
import { createHistoryOutOfOrder, createPartnership, createProject } from "../setup/factories";
import { createInOrder, expectTwoPages } from "../setup/lists";

// Real designations, looked up by city and year. Each test pairs its own ECoC city
// (one only ever titled once, in a country no seeded partnership involves), so a
// filter by that city's country yields only the test's partnerships.
async function designation(programme: "ECOC" | "CCEA", city: string, year: number) {
  const { id } = await db.designation.findFirstOrThrow({
    where: { programme, year, city: { name: city } },
    select: { id: true },
  });
  return id;
}

const ids = (result: { items: { id: string }[] }) => result.items.map((item) => item.id);

describe("listPartnerships filters", () => {
  it("narrows by status, cooperation area, country of either city and year of either title", async () => {
    // Reykjavík (Iceland) 2000 ↔ Quanzhou (China) 2014.
    const partnership = await createPartnership({
      ecocDesignationId: await designation("ECOC", "Reykjavík", 2000),
      cceaDesignationId: await designation("CCEA", "Quanzhou", 2014),
      status: "EXPLORING",
      cooperationAreas: ["CONSULTANCY", "BRANDING"],
    });
    const mine = [partnership.id];

    expect(ids(await listPartnerships({ country: "IS" }))).toEqual(mine);
    expect(ids(await listPartnerships({ country: "IS", status: "EXPLORING" }))).toEqual(mine);
    expect((await listPartnerships({ country: "IS", status: "ACTIVE" })).total).toBe(0);
    expect(ids(await listPartnerships({ country: "IS", area: "BRANDING" }))).toEqual(mine);
    expect((await listPartnerships({ country: "IS", area: "ARTIST_MOBILITY" })).total).toBe(0);

    // Country and year each match either side, independently of each other.
    expect(ids(await listPartnerships({ country: "CN", year: 2014 }))).toEqual(mine);
    expect(ids(await listPartnerships({ country: "IS", year: 2000 }))).toEqual(mine);
    expect(ids(await listPartnerships({ country: "IS", year: 2014 }))).toEqual(mine);
    expect((await listPartnerships({ country: "IS", year: 2015 })).total).toBe(0);
    expect(ids(await listPartnerships({ year: 2000 }))).toContain(partnership.id);
    expect((await listPartnerships({ country: "JP", year: 2014 })).items.map((i) => i.id)).not.toContain(
      partnership.id,
    );

    const [item] = (await listPartnerships({ country: "IS" })).items;
    expect(item).toMatchObject({
      status: "EXPLORING",
      cooperationAreas: ["CONSULTANCY", "BRANDING"],
      isSample: false,
      ecocDesignation: {
        programme: "ECOC",
        year: 2000,
        city: { name: "Reykjavík", country: { code: "IS" } },
      },
      cceaDesignation: { programme: "CCEA", year: 2014, city: { name: "Quanzhou", country: { code: "CN" } } },
    });
  });

  it("finds the seeded sample pairings by status, area, country and year", async () => {
    const active = await listPartnerships({ status: "ACTIVE" });
    const names = active.items.map((p) => `${p.ecocDesignation.city.name}–${p.cceaDesignation.city.name}`);
    expect(names).toEqual(expect.arrayContaining(["Matera–Xi'an", "Chemnitz–Kamakura"]));
    for (const item of active.items) expect(item.status).toBe("ACTIVE");

    const branding = await listPartnerships({ area: "BRANDING" });
    expect(branding.total).toBeGreaterThan(0);
    for (const item of branding.items) expect(item.cooperationAreas).toContain("BRANDING");

    const hungary = await listPartnerships({ country: "HU", year: 2023 });
    expect(hungary.items.map((p) => `${p.ecocDesignation.city.name}–${p.cceaDesignation.city.name}`)).toEqual(
      ["Veszprém–Chengdu"],
    );
    expect((await listPartnerships({ status: "CONCLUDED", country: "HU", year: 2019 })).total).toBe(0);
  });
});

describe("listPartnerships paging", () => {
  it("lists newest first and pages without overlap, with the total past the end", async () => {
    const istanbul = await designation("ECOC", "Istanbul", 2010);
    const cceas = await db.designation.findMany({
      where: { programme: "CCEA", year: { gte: 2016 } },
      orderBy: [{ year: "asc" }, { city: { name: "asc" } }],
      take: PAGE_SIZE + 1,
      select: { id: true },
    });
    const created = await createInOrder(cceas.length, (i, createdAt) =>
      createPartnership({ ecocDesignationId: istanbul, cceaDesignationId: cceas[i].id, createdAt }),
    );
    const newestFirst = created.map((partnership) => partnership.id).reverse();
    await expectTwoPages(
      (page) => listPartnerships({ country: "TR", page }),
      (p) => p.id,
      newestFirst,
    );
  });
});

describe("listLatestPartnerships", () => {
  it("returns the newest partnerships, as many as asked", async () => {
    const later = new Date(Date.now() + 7_200_000);
    const older = await createPartnership({
      ecocDesignationId: await designation("ECOC", "Skopje", 2028),
      cceaDesignationId: await designation("CCEA", "Yokohama", 2014),
      createdAt: new Date(Date.now() + 3_600_000),
    });
    const newer = await createPartnership({
      ecocDesignationId: await designation("ECOC", "Nikšić", 2030),
      cceaDesignationId: await designation("CCEA", "Gwangju", 2014),
      createdAt: later,
    });
    expect((await listLatestPartnerships(2)).map((partnership) => partnership.id)).toEqual([
      newer.id,
      older.id,
    ]);
    expect(await listLatestPartnerships()).toHaveLength(4);
  });
});

describe("getPartnership", () => {
  it("returns the seeded concluded pairing with its status history in time order", async () => {
    const [concluded] = (await listPartnerships({ country: "HU", year: 2023, status: "CONCLUDED" })).items;
    const detail = await getPartnership(concluded.id);
    expect(detail).toMatchObject({
      status: "CONCLUDED",
      isSample: true,
      sectors: ["CREATIVE_SECTOR", "RURAL_DEVELOPMENT"],
      ecocDesignation: { programme: "ECOC", year: 2023, city: { name: "Veszprém" } },
      cceaDesignation: { programme: "CCEA", year: 2023, city: { name: "Chengdu" } },
    });
    expect(detail?.rationale).toMatch(/rural development/);
    expect(detail?.statusChanges.map((c) => `${c.fromStatus}→${c.toStatus}`)).toEqual([
      "null→PROPOSED",
      "PROPOSED→EXPLORING",
      "EXPLORING→ACTIVE",
      "ACTIVE→CONCLUDED",
    ]);
    const times = detail!.statusChanges.map((change) => change.changedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("orders status changes by time, not by when they were stored, and lists published projects", async () => {
    const partnership = await createPartnership({
      ecocDesignationId: await designation("ECOC", "Novi Sad", 2022),
      cceaDesignationId: await designation("CCEA", "Jinan", 2022),
      status: "ACTIVE",
    });
    await createHistoryOutOfOrder(["PROPOSED", "EXPLORING", "ACTIVE"], (toStatus, changedAt) =>
      db.partnershipStatusChange.create({ data: { partnershipId: partnership.id, toStatus, changedAt } }),
    );
    const project = await createProject({ partnershipId: partnership.id });
    await createProject({ partnershipId: partnership.id, visibility: "HIDDEN", hiddenReason: "Spam" });

    const detail = await getPartnership(partnership.id);
    expect(detail?.statusChanges.map((c) => c.toStatus)).toEqual(["PROPOSED", "EXPLORING", "ACTIVE"]);
    expect(detail?.projects.map((p) => p.slug)).toEqual([project.slug]);
    expect(detail).toMatchObject({ rationale: "Paired by a test.", sectors: ["TOURISM"] });
  });

  it("returns null for an unknown id", async () => {
    expect(await getPartnership(`no-such-partnership-${randomUUID()}`)).toBeNull();
  });
});
