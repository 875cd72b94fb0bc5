import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getOrganisationBySlug, listOrganisations } from "@/lib/queries/organisations";
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

// Each test that browses without a search uses its own country: none of these
// (non-ASEM hosts of an ECoC, and ASEM partners without seeded organisations) has any.
describe("listOrganisations", () => {
  it("searches names by word prefix, in any case, with every word required", async () => {
    const word = uniqueWord("quetzal");
    const guild = await createOrganisation({ name: `${word} Puppet Guild` });
    const theatre = await createOrganisation({ name: `${word} Puppet Theatre` });
    await createOrganisation({ name: `Puppet Guild of ${uniqueWord("other")}` });

    expect(new Set(slugs(await listOrganisations({ q: word.slice(0, 10) })))).toEqual(
      new Set([guild.slug, theatre.slug]),
    );
    const both = await listOrganisations({ q: `${word.toUpperCase()} gui` });
    expect(slugs(both)).toEqual([guild.slug]);
    expect(both.total).toBe(1);
    expect((await listOrganisations({ q: `${word} orchestra` })).total).toBe(0);

    // A seeded organisation, found by the prefix of a word inside its name.
    expect(slugs(await listOrganisations({ q: "foundat asia" }))).toContain("asef");
  });

  it("ranks a name match above a description-only match", async () => {
    const word = uniqueWord("rankorg");
    // Named so that alphabetical order alone would put the description match first.
    const inDescription = await createOrganisation({
      name: `Aaa ${uniqueWord("described")}`,
      description: `Works with ${word} in several cities.`,
    });
    const inName = await createOrganisation({ name: `Zzz ${word} Collective` });
    const result = await listOrganisations({ q: word });
    expect(slugs(result)).toEqual([inName.slug, inDescription.slug]);
  });

  it("filters by kind, country and verification, when browsing and when searching", async () => {
    const word = uniqueWord("filterorg");
    const university = await createOrganisation({
      name: `${word} University`,
      kind: "UNIVERSITY",
      countryCode: "IS",
      verificationStatus: "VERIFIED",
    });
    const foundation = await createOrganisation({
      name: `${word} Foundation`,
      kind: "FOUNDATION",
      countryCode: "IS",
      verificationStatus: "UNVERIFIED",
    });
    const abroad = await createOrganisation({
      name: `${word} Abroad`,
      kind: "UNIVERSITY",
      countryCode: "TR",
      verificationStatus: "VERIFIED",
    });

    expect(new Set(slugs(await listOrganisations({ country: "IS" })))).toEqual(
      new Set([university.slug, foundation.slug]),
    );
    for (const scope of [{ country: "IS" as const }, { q: word, country: "IS" as const }]) {
      expect(slugs(await listOrganisations({ ...scope, kind: "UNIVERSITY" }))).toEqual([university.slug]);
      expect(slugs(await listOrganisations({ ...scope, kind: "FOUNDATION" }))).toEqual([foundation.slug]);
      expect(slugs(await listOrganisations({ ...scope, verification: "VERIFIED" }))).toEqual([
        university.slug,
      ]);
      expect(slugs(await listOrganisations({ ...scope, verification: "UNVERIFIED" }))).toEqual([
        foundation.slug,
      ]);
      expect(
        (await listOrganisations({ ...scope, kind: "FOUNDATION", verification: "VERIFIED" })).total,
      ).toBe(0);
    }
    expect(new Set(slugs(await listOrganisations({ q: word, kind: "UNIVERSITY" })))).toEqual(
      new Set([university.slug, abroad.slug]),
    );
    expect(slugs(await listOrganisations({ q: word, country: "TR" }))).toEqual([abroad.slug]);

    const verifiedSeeded = await listOrganisations({ kind: "INTERGOVERNMENTAL", verification: "VERIFIED" });
    expect(slugs(verifiedSeeded)).toEqual(expect.arrayContaining(["asef", "european-commission"]));
    for (const item of verifiedSeeded.items) {
      expect(item.kind).toBe("INTERGOVERNMENTAL");
      expect(item.verificationStatus).toBe("VERIFIED");
    }
  });

  it("leaves merged organisations out of lists, searches and totals", async () => {
    const word = uniqueWord("mergedorg");
    const kept = await createOrganisation({ name: `${word} Kept`, countryCode: "RS" });
    await createOrganisation({ name: `${word} Merged`, countryCode: "RS", mergedIntoId: kept.id });
    await expectListed([listOrganisations({ country: "RS" }), listOrganisations({ q: word })], slugs, [
      kept.slug,
    ]);
  });

  it("pages by name without overlap, when browsing and when searching", async () => {
    const word = uniqueWord("pagedorg");
    const created = await createInOrder(PAGE_SIZE + 1, (i) =>
      createOrganisation({ name: `${word} ${String(i).padStart(2, "0")}`, countryCode: "ME" }),
    );
    const byName = created.map((organisation) => organisation.slug);
    const slugOf = (organisation: { slug: string }) => organisation.slug;
    await expectTwoPages((page) => listOrganisations({ country: "ME", page }), slugOf, byName);
    await expectTwoPages((page) => listOrganisations({ q: word, page }), slugOf, byName, { anyOrder: true });
  });

  it("counts each organisation's published lead projects", async () => {
    const lead = await createOrganisation({ countryCode: "MK" });
    await createProject({ leadOrganisationId: lead.id });
    await createProject({ leadOrganisationId: lead.id });
    await createProject({ leadOrganisationId: lead.id, visibility: "HIDDEN", hiddenReason: "Spam" });
    const [item] = (await listOrganisations({ country: "MK" })).items;
    expect(item).toMatchObject({ slug: lead.slug, country: { code: "MK" } });
    expect(item._count.leadProjects).toBe(2);
  });
});

describe("getOrganisationBySlug", () => {
  it("shows the published projects it leads and partners in, and its endorsements", async () => {
    const organisation = await createOrganisation({ countryCode: "FI" });
    const older = await createProject({
      leadOrganisationId: organisation.id,
      createdAt: new Date("2026-01-01"),
    });
    const newer = await createProject({
      leadOrganisationId: organisation.id,
      createdAt: new Date("2026-02-01"),
    });
    const hidden = await createProject({
      leadOrganisationId: organisation.id,
      visibility: "HIDDEN",
      hiddenReason: "Spam",
    });
    const partnered = await createProject({ partnerIds: [organisation.id] });
    await createProject({ partnerIds: [organisation.id], visibility: "HIDDEN", hiddenReason: "Spam" });
    const endorsedProject = await createProject();
    const recommendation = await createRecommendation();
    await createEndorsement({
      projectId: endorsedProject.id,
      organisationId: organisation.id,
      createdAt: new Date("2026-01-01"),
    });
    await createEndorsement({
      recommendationId: recommendation.id,
      organisationId: organisation.id,
      createdAt: new Date("2026-02-01"),
    });

    const detail = await getOrganisationBySlug(organisation.slug);
    expect(detail).toMatchObject({
      slug: organisation.slug,
      name: organisation.name,
      kind: "NGO_OR_ASSOCIATION",
      verificationStatus: "UNVERIFIED",
      country: { code: "FI", name: "Finland" },
      mergedInto: null,
    });
    expect(detail?.ledProjects.map((p) => p.slug)).toEqual([newer.slug, older.slug]);
    expect(detail?.ledProjects.map((p) => p.slug)).not.toContain(hidden.slug);
    expect(detail?._count.leadProjects).toBe(2);
    expect(detail?.partnerProjects.map((p) => p.slug)).toEqual([partnered.slug]);
    expect(detail?.endorsements.map((e) => e.recommendation?.id ?? e.project?.slug)).toEqual([
      recommendation.id,
      endorsedProject.slug,
    ]);
    expect(detail?._count.endorsements).toBe(2);
  });

  it("points a merged organisation to the one it was merged into", async () => {
    const kept = await createOrganisation();
    const merged = await createOrganisation({ mergedIntoId: kept.id });
    expect((await getOrganisationBySlug(merged.slug))?.mergedInto).toEqual({
      slug: kept.slug,
      name: kept.name,
    });
  });

  it("has ASEF with the workshop it organised and its press release", async () => {
    const asef = await getOrganisationBySlug("asef");
    expect(asef).toMatchObject({
      name: "Asia-Europe Foundation (ASEF)",
      kind: "INTERGOVERNMENTAL",
      verificationStatus: "VERIFIED",
      isSample: false,
      country: { code: "SG" },
    });
    expect(asef?.workshopsOrganised.map(({ workshop }) => workshop.slug)).toEqual(["ha-long-2010"]);
    expect(asef?.publications).toEqual([
      expect.objectContaining({
        role: "publisher",
        publication: expect.objectContaining({ slug: "asef-press-release-ha-long-2010" }),
      }),
    ]);
    const platform = await getOrganisationBySlug("cultural-relations-platform");
    expect(platform?.country).toBeNull();
    expect(platform?.publications.map((p) => `${p.publication.slug} ${p.role}`)).toEqual([
      "crp-study-ecoc-ccea author",
    ]);
  });

  it("returns null for an unknown slug", async () => {
    expect(await getOrganisationBySlug(`no-such-organisation-${randomUUID()}`)).toBeNull();
  });
});
