import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listEndorsements } from "@/lib/queries/endorsements";
import {
  createEndorsement,
  createOrganisation,
  createProject,
  createRecommendation,
  uniqueSlug,
} from "../setup/factories";

describe("listEndorsements", () => {
  it("lists a project's endorsers newest first with the balance between Asia and Europe", async () => {
    const project = await createProject();
    const japan = await createOrganisation({ countryCode: "JP" });
    const poland = await createOrganisation({ countryCode: "PL" });
    const korea = await createOrganisation({ countryCode: "KR" });
    const endorse = (organisationId: string, createdAt: string, statement?: string) =>
      createEndorsement({ projectId: project.id, organisationId, createdAt: new Date(createdAt), statement });
    await endorse(japan.id, "2025-01-01");
    await endorse(korea.id, "2025-03-01", "We support this.");
    await endorse(poland.id, "2025-02-01");

    const { items, balance } = await listEndorsements({ projectId: project.id });
    expect(items.map((item) => item.organisation.slug)).toEqual([korea.slug, poland.slug, japan.slug]);
    expect(items[0]).toMatchObject({
      statement: "We support this.",
      isSample: false,
      organisation: { name: korea.name, kind: "NGO_OR_ASSOCIATION", country: { code: "KR", name: "Korea" } },
    });
    expect(balance).toEqual({ asia: 2, europe: 1, other: 0 });
  });

  it("groups ASEM's Asian and European members by their ASEM group, and everyone else as other", async () => {
    const project = await createProject();
    // Russia and Australia sit in ASEM's Asian group; the EU in the European one.
    // Serbia hosts an ECoC but is not an ASEM partner; one organisation names no country.
    for (const countryCode of ["RU", "AU", "ASEAN", "EU", "NO", "RS", null])
      await createEndorsement({
        projectId: project.id,
        organisationId: (await createOrganisation({ countryCode })).id,
      });
    const { items, balance } = await listEndorsements({ projectId: project.id });
    expect(balance).toEqual({ asia: 3, europe: 2, other: 2 });
    expect(items).toHaveLength(7);
    expect(items.filter((item) => item.organisation.country === null)).toHaveLength(1);
  });

  it("works for recommendations, and keeps each entry's endorsements apart", async () => {
    const recommendation = await createRecommendation();
    const project = await createProject();
    const france = await createOrganisation({ countryCode: "FR" });
    const vietnam = await createOrganisation({ countryCode: "VN" });
    await createEndorsement({ recommendationId: recommendation.id, organisationId: france.id });
    await createEndorsement({ projectId: project.id, organisationId: france.id });
    await createEndorsement({ projectId: project.id, organisationId: vietnam.id });

    const forRecommendation = await listEndorsements({ recommendationId: recommendation.id });
    expect(forRecommendation.items.map((item) => item.organisation.slug)).toEqual([france.slug]);
    expect(forRecommendation.balance).toEqual({ asia: 0, europe: 1, other: 0 });
    expect((await listEndorsements({ projectId: project.id })).balance).toEqual({
      asia: 1,
      europe: 1,
      other: 0,
    });

    // One organisation endorses one entry once.
    await expect(
      db.endorsement.create({ data: { recommendationId: recommendation.id, organisationId: france.id } }),
    ).rejects.toThrow(/unique constraint/i);
  });

  it("lists the newest endorsers for the entry's page, all of them a page at a time, and balances all", async () => {
    const project = await createProject();
    const prefix = uniqueSlug("endorser");
    const countries = Array.from({ length: 55 }, (_, i) => (i % 5 < 3 ? "TH" : "SE"));
    await db.organisation.createMany({
      data: countries.map((countryCode, i) => ({
        slug: `${prefix}-${i}`,
        name: `Endorser ${prefix} ${i}`,
        kind: "NGO_OR_ASSOCIATION" as const,
        countryCode,
      })),
    });
    const organisations = await db.organisation.findMany({
      where: { slug: { startsWith: `${prefix}-` } },
      select: { id: true, slug: true },
    });
    const order = (slug: string) => Number(slug.slice(prefix.length + 1));
    await db.endorsement.createMany({
      data: organisations.map((organisation) => ({
        projectId: project.id,
        organisationId: organisation.id,
        createdAt: new Date(Date.UTC(2025, 0, 1, 0, order(organisation.slug))),
      })),
    });

    const slugs = (items: { organisation: { slug: string } }[]) =>
      items.map((item) => order(item.organisation.slug));
    const newest = await listEndorsements({ projectId: project.id });
    expect(slugs(newest.items)).toEqual([54, 53, 52, 51, 50, 49, 48, 47, 46, 45]);
    expect(newest).toMatchObject({
      total: 55,
      page: 1,
      pageCount: 6,
      balance: { asia: 33, europe: 22, other: 0 },
    });

    const pages = await Promise.all(
      [1, 2].map((page) => listEndorsements({ projectId: project.id }, { page, pageSize: 50 })),
    );
    expect(pages.map((page) => page.pageCount)).toEqual([2, 2]);
    expect(slugs(pages[0].items)).toEqual(Array.from({ length: 50 }, (_, i) => 54 - i));
    expect(slugs(pages[1].items)).toEqual([4, 3, 2, 1, 0]);
    expect(pages[1].balance).toEqual(newest.balance);
    // Past the last page: no endorsers, the same totals.
    expect(await listEndorsements({ projectId: project.id }, { page: 3, pageSize: 50 })).toMatchObject({
      items: [],
      total: 55,
    });
  });

  it("keeps endorsers made in the same instant in one order across pages", async () => {
    const project = await createProject();
    const createdAt = new Date("2025-06-01T12:00:00Z");
    for (let i = 0; i < 7; i++) await createEndorsement({ projectId: project.id, createdAt });
    const ids = async (page: number) =>
      (await listEndorsements({ projectId: project.id }, { page, pageSize: 3 })).items.map((item) => item.id);
    const all = [...(await ids(1)), ...(await ids(2)), ...(await ids(3))];
    expect(new Set(all).size).toBe(7);
  });

  it("returns nothing for an entry without endorsements", async () => {
    const project = await createProject();
    expect(await listEndorsements({ projectId: project.id })).toEqual({
      items: [],
      balance: { asia: 0, europe: 0, other: 0 },
      total: 0,
      page: 1,
      pageCount: 1,
    });
  });
});
