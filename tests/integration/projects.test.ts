import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  countPublishedProjects,
  getProjectBySlug,
  listLatestProjects,
  listProjects,
} from "@/lib/queries/projects";
import { PAGE_SIZE } from "@/lib/search-params";
import {
  createEndorsement,
  createOrganisation,
  createProject,
  createRecommendation,
  uniqueWord,
} from "../setup/factories";
import { createInOrder, expectListed, expectTwoPages } from "../setup/lists";

const slugs = (result: { items: { slug: string }[] }) => result.items.map((item) => item.slug);

describe("listProjects filters", () => {
  it("narrows by country, on the plain list and on a search", async () => {
    const word = uniqueWord("filtercountry");
    const lead = await createOrganisation();
    const inMongolia = await createProject({
      leadOrganisationId: lead.id,
      title: `${word} steppe songs`,
      countries: ["MN", "EE"],
    });
    const elsewhere = await createProject({
      leadOrganisationId: lead.id,
      title: `${word} coastal songs`,
      countries: ["FR", "JP"],
    });

    await expectListed([listProjects({ organisation: lead.slug, country: "MN" })], slugs, [inMongolia.slug]);
    expect(slugs(await listProjects({ organisation: lead.slug, country: "JP" }))).toEqual([elsewhere.slug]);
    expect((await listProjects({ organisation: lead.slug, country: "KR" })).total).toBe(0);

    await expectListed([listProjects({ q: word, country: "EE" })], slugs, [inMongolia.slug]);

    const all = await listProjects({ country: "MN" });
    expect(all.total).toBeGreaterThan(0);
    for (const item of all.items) expect(item.countries.map((c) => c.country.code)).toContain("MN");
  });

  it("narrows by discipline and cooperation area, on the plain list and on a search", async () => {
    const word = uniqueWord("filterdiscipline");
    const lead = await createOrganisation();
    const crafts = await createProject({
      leadOrganisationId: lead.id,
      title: `${word} weaving`,
      disciplines: ["CRAFTS", "DESIGN"],
      cooperationAreas: ["BRANDING"],
    });
    const film = await createProject({
      leadOrganisationId: lead.id,
      title: `${word} cinema`,
      disciplines: ["FILM"],
      cooperationAreas: ["BRANDING", "CONSULTANCY"],
    });

    for (const scope of [{ organisation: lead.slug }, { q: word }]) {
      expect(slugs(await listProjects({ ...scope, discipline: "CRAFTS" }))).toEqual([crafts.slug]);
      expect(slugs(await listProjects({ ...scope, discipline: "FILM" }))).toEqual([film.slug]);
      expect((await listProjects({ ...scope, discipline: "MUSIC" })).total).toBe(0);
      expect(slugs(await listProjects({ ...scope, area: "CONSULTANCY" }))).toEqual([film.slug]);
      expect(new Set(slugs(await listProjects({ ...scope, area: "BRANDING" })))).toEqual(
        new Set([crafts.slug, film.slug]),
      );
      expect((await listProjects({ ...scope, discipline: "CRAFTS", area: "CONSULTANCY" })).total).toBe(0);
    }

    const all = await listProjects({ discipline: "HERITAGE", area: "CAPACITY_BUILDING" });
    expect(all.total).toBeGreaterThan(0);
    for (const item of all.items) expect(item.disciplines).toContain("HERITAGE");
    const stored = await db.project.findMany({
      where: { id: { in: all.items.map((item) => item.id) } },
      select: { cooperationAreas: true },
    });
    for (const project of stored) expect(project.cooperationAreas).toContain("CAPACITY_BUILDING");
  });

  it("narrows by the lead organisation's kind, on the plain list and on a search", async () => {
    const word = uniqueWord("filterkind");
    const university = await createOrganisation({ kind: "UNIVERSITY" });
    const ngo = await createOrganisation({ kind: "NGO_OR_ASSOCIATION" });
    const byUniversity = await createProject({
      leadOrganisationId: university.id,
      title: `${word} lectures`,
    });
    const byNgo = await createProject({ leadOrganisationId: ngo.id, title: `${word} gatherings` });

    const plain = await listProjects({ organisationKind: "UNIVERSITY" });
    expect(slugs(plain)).toContain(byUniversity.slug);
    expect(slugs(plain)).not.toContain(byNgo.slug);
    const leads = await db.project.findMany({
      where: { id: { in: plain.items.map((item) => item.id) } },
      select: { leadOrganisation: { select: { kind: true } } },
    });
    expect(leads.map((project) => project.leadOrganisation.kind)).toEqual(leads.map(() => "UNIVERSITY"));

    expect(slugs(await listProjects({ q: word, organisationKind: "UNIVERSITY" }))).toEqual([
      byUniversity.slug,
    ]);
    expect(slugs(await listProjects({ q: word, organisationKind: "NGO_OR_ASSOCIATION" }))).toEqual([
      byNgo.slug,
    ]);
    expect((await listProjects({ q: word, organisationKind: "FOUNDATION" })).total).toBe(0);
  });

  it("narrows by the lead organisation's slug", async () => {
    const lead = await createOrganisation();
    const partner = await createOrganisation();
    const led = await createProject({ leadOrganisationId: lead.id });
    await createProject({ leadOrganisationId: partner.id, partnerIds: [lead.id] });
    const result = await listProjects({ organisation: lead.slug });
    expect(slugs(result)).toEqual([led.slug]);
    expect(result.total).toBe(1);
  });

  it("applies the organisation kind and slug together", async () => {
    const word = uniqueWord("kindandslug");
    const ngo = await createOrganisation({ kind: "NGO_OR_ASSOCIATION" });
    const project = await createProject({ leadOrganisationId: ngo.id, title: `${word} meetings` });
    for (const scope of [{}, { q: word }]) {
      expect(
        slugs(
          await listProjects({ ...scope, organisation: ngo.slug, organisationKind: "NGO_OR_ASSOCIATION" }),
        ),
      ).toEqual([project.slug]);
      expect(
        (await listProjects({ ...scope, organisation: ngo.slug, organisationKind: "UNIVERSITY" })).total,
      ).toBe(0);
    }
  });
});

describe("listProjects full-text search", () => {
  it("matches words by prefix, with every word required", async () => {
    const word = uniqueWord("prefixcheck");
    const heritage = await createProject({ title: `Heritage walks of ${word}` });
    const other = await createProject({ title: `Dance nights of ${word}` });

    const byPrefix = await listProjects({ q: `herit ${word.slice(0, -2)}` });
    expect(slugs(byPrefix)).toEqual([heritage.slug]);
    expect(byPrefix.total).toBe(1);
    expect(new Set(slugs(await listProjects({ q: word.slice(0, 10) })))).toEqual(
      new Set([heritage.slug, other.slug]),
    );
    expect((await listProjects({ q: `HERIT ${word.toUpperCase()}` })).total).toBe(1);
    expect((await listProjects({ q: `heritx ${word}` })).total).toBe(0);

    // The seed's "Heritage Cities Toolkit" projects are found by the same prefix.
    const seeded = await listProjects({ q: "herit toolk" });
    expect(seeded.total).toBeGreaterThanOrEqual(3);
    expect(seeded.items.slice(0, 3).every((item) => item.title.startsWith("Heritage Cities Toolkit"))).toBe(
      true,
    );
  });

  it("ranks a title match above a summary match above a description-only match", async () => {
    const word = uniqueWord("rankcheck");
    // Dated so that newest first gives the opposite order to relevance.
    const at = (day: number) => new Date(Date.UTC(2026, 0, day));
    const inTitle = await createProject({ title: `The ${word} festival`, createdAt: at(1) });
    const inSummary = await createProject({ summary: `About ${word}.`, createdAt: at(2) });
    const inDescription = await createProject({
      description: `Mentions ${word} once in passing.`,
      createdAt: at(3),
    });
    const result = await listProjects({ q: word.slice(0, 9) });
    expect(slugs(result)).toEqual([inTitle.slug, inSummary.slug, inDescription.slug]);
    expect(result.total).toBe(3);
    expect(slugs(await listProjects({ q: word, sort: "newest" }))).toEqual([
      inDescription.slug,
      inSummary.slug,
      inTitle.slug,
    ]);
  });

  it("ignores tsquery syntax in what people type", async () => {
    const word = uniqueWord("syntaxcheck");
    const project = await createProject({ title: `Heritage of ${word}` });
    const result = await listProjects({ q: `heritage & | ! ( ) :* ' ${word}` });
    expect(slugs(result)).toEqual([project.slug]);
    const punctuationOnly = await listProjects({ q: "&|!():*'" });
    expect(punctuationOnly.total).toBe(await db.project.count({ where: { visibility: "PUBLISHED" } }));
  });

  it("finds a word typed past its English stem, and words that are stop words", async () => {
    const word = uniqueWord("stemcheck");
    const project = await createProject({ title: `Festival of dancing theatre in ${word}` });
    // English vectors store "festiv", "danc" and "theatr"; "the" alone is an English stop word.
    for (const typed of ["festiva", "festival", "danci", "dancing", "theat", "the"])
      expect(slugs(await listProjects({ q: `${typed} ${word}` })), typed).toEqual([project.slug]);
    expect(slugs(await listProjects({ q: `fiesta ${word}` }))).toEqual([]);
    expect((await listProjects({ q: "the" })).items.map((item) => item.slug)).toContain(project.slug);
  });
});

describe("listProjects sorting and paging", () => {
  it("sorts by endorsement count when asked, newest first otherwise", async () => {
    const word = uniqueWord("sortcheck");
    const lead = await createOrganisation();
    const at = (day: number) => new Date(Date.UTC(2026, 0, day));
    const none = await createProject({
      leadOrganisationId: lead.id,
      title: `${word} zero`,
      createdAt: at(1),
    });
    const two = await createProject({ leadOrganisationId: lead.id, title: `${word} two`, createdAt: at(2) });
    const one = await createProject({ leadOrganisationId: lead.id, title: `${word} one`, createdAt: at(3) });
    await createEndorsement({ projectId: two.id });
    await createEndorsement({ projectId: two.id });
    await createEndorsement({ projectId: one.id });

    const endorsed = await listProjects({ organisation: lead.slug, sort: "endorsed" });
    expect(slugs(endorsed)).toEqual([two.slug, one.slug, none.slug]);
    expect(endorsed.items.map((item) => item.endorsementCount)).toEqual([2, 1, 0]);
    expect(slugs(await listProjects({ organisation: lead.slug, sort: "newest" }))).toEqual([
      one.slug,
      two.slug,
      none.slug,
    ]);
    expect(slugs(await listProjects({ q: word, sort: "endorsed" }))).toEqual([two.slug, one.slug, none.slug]);

    const all = await listProjects({ sort: "endorsed" });
    const counts = all.items.map((item) => item.endorsementCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(0);
  });

  it("pages the plain list and a search without overlap, and reports the total past the end", async () => {
    const word = uniqueWord("pagecheck");
    const lead = await createOrganisation();
    const created = await createInOrder(PAGE_SIZE + 2, (i, createdAt) =>
      createProject({ leadOrganisationId: lead.id, title: `${word} number ${i}`, createdAt }),
    );
    const newestFirst = created.map((project) => project.slug).reverse();
    const slugOf = (project: { slug: string }) => project.slug;
    await expectTwoPages((page) => listProjects({ organisation: lead.slug, page }), slugOf, newestFirst);
    await expectTwoPages((page) => listProjects({ q: word, page }), slugOf, newestFirst, { anyOrder: true });

    const newest = await listProjects({ organisation: lead.slug });
    expect(newest.items[0].slug).toBe(created.at(-1)!.slug);

    const firstOfAll = await listProjects({ page: 1 });
    const secondOfAll = await listProjects({ page: 2 });
    const firstIds = new Set(firstOfAll.items.map((item) => item.id));
    expect(secondOfAll.items.length).toBeGreaterThan(0);
    expect(secondOfAll.items.some((item) => firstIds.has(item.id))).toBe(false);
    const lastOfFirst = firstOfAll.items.at(-1)!.createdAt.getTime();
    expect(secondOfAll.items.every((item) => item.createdAt.getTime() <= lastOfFirst)).toBe(true);
  });
});

describe("hidden projects", () => {
  it("are left out of lists, totals, searches and the latest projects", async () => {
    const word = uniqueWord("hiddencheck");
    const lead = await createOrganisation();
    const visible = await createProject({ leadOrganisationId: lead.id, title: `A visible ${word}` });
    const hidden = await createProject({
      leadOrganisationId: lead.id,
      title: `A hidden ${word}`,
      visibility: "HIDDEN",
      hiddenReason: "Spam",
    });

    await expectListed([listProjects({ organisation: lead.slug }), listProjects({ q: word })], slugs, [
      visible.slug,
    ]);
    expect(slugs(await listProjects({ q: word, sort: "endorsed" }))).toEqual([visible.slug]);
    const latest = await listLatestProjects(50);
    expect(latest.map((project) => project.slug)).toContain(visible.slug);
    expect(latest.map((project) => project.slug)).not.toContain(hidden.slug);
  });

  it("still have their page, with the visibility and the reason", async () => {
    const hidden = await createProject({ visibility: "HIDDEN", hiddenReason: "Spam" });
    expect(await getProjectBySlug(hidden.slug)).toMatchObject({
      slug: hidden.slug,
      visibility: "HIDDEN",
      hiddenReason: "Spam",
    });
    const visible = await createProject();
    expect(await getProjectBySlug(visible.slug)).toMatchObject({
      visibility: "PUBLISHED",
      hiddenReason: null,
    });
  });
});

describe("listLatestProjects", () => {
  it("returns the newest published projects, as many as asked", async () => {
    // Dated ahead of every other row, so they are the two newest whatever else exists.
    const older = await createProject({ createdAt: new Date(Date.now() + 3_600_000) });
    const newer = await createProject({ createdAt: new Date(Date.now() + 7_200_000) });
    const latest = await listLatestProjects(2);
    expect(latest.map((project) => project.slug)).toEqual([newer.slug, older.slug]);
    expect(await listLatestProjects()).toHaveLength(5);
  });
});

describe("getProjectBySlug", () => {
  it("returns the full record with sorted partners and countries, links and the stored count", async () => {
    const lead = await createOrganisation({ kind: "FOUNDATION", countryCode: "JP" });
    const zed = await createOrganisation({ name: `Zed partner ${randomUUID()}`, countryCode: "FR" });
    const abc = await createOrganisation({ name: `Abc partner ${randomUUID()}`, countryCode: "KR" });
    const recommendation = await createRecommendation();
    const workshop = await db.workshop.findUniqueOrThrow({ where: { slug: "ha-long-2010" } });
    const project = await createProject({
      leadOrganisationId: lead.id,
      partnerIds: [zed.id, abc.id],
      countries: ["JP", "FR", "DE"],
      disciplines: ["MUSIC", "FILM"],
      cooperationAreas: ["CO_CREATIONS"],
      workshopId: workshop.id,
      recommendationId: recommendation.id,
      website: "https://example.org/test",
    });
    await createEndorsement({ projectId: project.id });

    const detail = await getProjectBySlug(project.slug);
    expect(detail).toMatchObject({
      id: project.id,
      title: project.title,
      description: project.description,
      disciplines: ["MUSIC", "FILM"],
      cooperationAreas: ["CO_CREATIONS"],
      website: "https://example.org/test",
      endorsementCount: 1,
      leadOrganisation: { slug: lead.slug, kind: "FOUNDATION", country: { code: "JP", name: "Japan" } },
      workshop: { slug: "ha-long-2010" },
      recommendation: { id: recommendation.id, visibility: "PUBLISHED" },
      partnership: null,
    });
    expect(detail?.partners.map((p) => p.organisation.slug)).toEqual([abc.slug, zed.slug]);
    expect(detail?.countries.map((c) => c.country.code)).toEqual(["DE", "FR", "JP"]);
  });

  it("shows the cities and city partnership of a seeded sample project", async () => {
    const sample = await db.project.findFirstOrThrow({
      where: { isSample: true, partnershipId: { not: null } },
      select: { slug: true },
    });
    const detail = await getProjectBySlug(sample.slug);
    expect(detail?.isSample).toBe(true);
    expect(detail?.cities).toHaveLength(2);
    const programmes = detail!.cities.flatMap(({ city }) => city.designations.map((d) => d.programme));
    expect(programmes).toEqual(expect.arrayContaining(["ECOC", "CCEA"]));
    expect(detail?.partnership?.ecocDesignation.city.name).toBeTruthy();
    expect(detail?.partnership?.cceaDesignation.city.name).toBeTruthy();
  });

  it("returns null for an unknown slug", async () => {
    expect(await getProjectBySlug(`no-such-project-${randomUUID()}`)).toBeNull();
  });
});

describe("the stored count of published projects", () => {
  const counted = () => db.project.count({ where: { visibility: "PUBLISHED" } });

  it("follows inserts, hiding, restoring, endorsement updates and deletes", async () => {
    expect(await countPublishedProjects()).toBe(await counted());
    const lead = await createOrganisation();
    const project = await createProject({ leadOrganisationId: lead.id });
    await db.project.createMany({
      data: [1, 2, 3].map((n) => ({
        slug: `${project.slug}-bulk-${n}`,
        title: `Bulk ${n}`,
        summary: "Made in bulk by a test.",
        description: "Made in bulk by a test.",
        leadOrganisationId: lead.id,
        visibility: n === 3 ? ("HIDDEN" as const) : ("PUBLISHED" as const),
      })),
    });
    expect(await countPublishedProjects()).toBe(await counted());
    await db.project.update({ where: { id: project.id }, data: { visibility: "HIDDEN" } });
    expect(await countPublishedProjects()).toBe(await counted());
    await db.project.update({ where: { id: project.id }, data: { endorsementCount: { increment: 1 } } });
    await db.project.updateMany({
      where: { leadOrganisationId: lead.id },
      data: { visibility: "PUBLISHED" },
    });
    expect(await countPublishedProjects()).toBe(await counted());
    await db.project.deleteMany({ where: { leadOrganisationId: lead.id } });
    expect(await countPublishedProjects()).toBe(await counted());
    // The unfiltered list reads it; a filtered one counts.
    expect((await listProjects({})).total).toBe(await counted());
  });
});
