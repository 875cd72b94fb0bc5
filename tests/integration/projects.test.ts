import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getProjectBySlug, listLatestProjects, listProjects } from "@/lib/queries/projects";
import { PAGE_SIZE } from "@/lib/search-params";
import { createEndorsement, createOrganisation, createProject, uniqueSlug } from "../setup/factories";

describe("listProjects", () => {
  it("filters by country, discipline, cooperation area and organisation kind", async () => {
    const ministry = await createOrganisation({ kind: "MINISTRY_OF_EDUCATION", countryCode: "MN" });
    const match = await createProject({
      leadOrganisationId: ministry.id,
      countries: ["MN", "EE"],
      disciplines: ["CRAFTS"],
      cooperationAreas: ["BRANDING"],
    });
    const other = await createProject({
      countries: ["MN"],
      disciplines: ["FILM"],
      cooperationAreas: ["BRANDING"],
    });
    const { items } = await listProjects({
      country: "EE",
      discipline: "CRAFTS",
      area: "BRANDING",
      organisationKind: "MINISTRY_OF_EDUCATION",
    });
    const slugs = items.map((item) => item.slug);
    expect(slugs).toContain(match.slug);
    expect(slugs).not.toContain(other.slug);
    for (const item of items) expect(item.disciplines).toContain("CRAFTS");
  });

  it("finds words by prefix and ranks title matches above description matches", async () => {
    const word = `zephyrine${uniqueSlug("").slice(1, 6)}`;
    const inTitle = await createProject({ title: `The ${word} festival` });
    const inDescription = await createProject({ description: `Mentions ${word} once in passing.` });
    const { items, total } = await listProjects({ q: word.slice(0, 7) });
    expect(total).toBeGreaterThanOrEqual(2);
    const order = items.map((item) => item.slug);
    expect(order.indexOf(inTitle.slug)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(inTitle.slug)).toBeLessThan(order.indexOf(inDescription.slug));
  });

  it("ignores tsquery syntax in what people type", async () => {
    await expect(listProjects({ q: "heritage & | ! ( ) :* '" })).resolves.toMatchObject({ page: 1 });
  });

  it("sorts by stored endorsement count", async () => {
    const { items } = await listProjects({ sort: "endorsed" });
    const counts = items.map((item) => item.endorsementCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("pages without overlap and reports the total past the end", async () => {
    const first = await listProjects({ page: 1 });
    const second = await listProjects({ page: 2 });
    expect(first.items).toHaveLength(PAGE_SIZE);
    const firstIds = new Set(first.items.map((item) => item.id));
    expect(second.items.some((item) => firstIds.has(item.id))).toBe(false);
    const beyond = await listProjects({ page: first.pageCount + 1 });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(first.total);
    const searchBeyond = await listProjects({ q: "heritage", page: 500 });
    expect(searchBeyond.items).toEqual([]);
    expect(searchBeyond.total).toBeGreaterThan(0);
  });

  it("leaves hidden projects out of lists, counts and search, but keeps their page", async () => {
    const word = `hiddenword${uniqueSlug("").slice(1, 6)}`;
    const hidden = await createProject({
      title: `A ${word} project`,
      visibility: "HIDDEN",
      hiddenReason: "Spam",
    });
    expect((await listProjects({ q: word })).total).toBe(0);
    expect((await listLatestProjects(50)).map((p) => p.id)).not.toContain(hidden.id);
    const detail = await getProjectBySlug(hidden.slug);
    expect(detail).toMatchObject({ visibility: "HIDDEN", hiddenReason: "Spam" });
  });
});

describe("getProjectBySlug", () => {
  it("returns the full record with partners, countries and links", async () => {
    const partner = await createOrganisation({ countryCode: "FR" });
    const project = await createProject({ partnerIds: [partner.id], countries: ["FR", "JP"] });
    await createEndorsement({ projectId: project.id });
    const detail = await getProjectBySlug(project.slug);
    expect(detail?.partners.map((p) => p.organisation.slug)).toEqual([partner.slug]);
    expect(detail?.countries.map((c) => c.country.code)).toEqual(["FR", "JP"]);
    expect(detail?.endorsementCount).toBe(1);
  });

  it("returns null for an unknown slug", async () => {
    expect(await getProjectBySlug("no-such-project")).toBeNull();
  });

  it("lists only what the seed marked as sample as sample", async () => {
    const sample = await db.project.count({ where: { isSample: true } });
    const countries = await db.projectCountry.findMany({
      where: { project: { isSample: true } },
      distinct: ["countryCode"],
    });
    expect(sample).toBeGreaterThanOrEqual(40);
    expect(countries.length).toBeGreaterThanOrEqual(15);
  });
});
