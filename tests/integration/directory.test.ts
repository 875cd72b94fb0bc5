import { describe, expect, it } from "vitest";
import { getCountry, groupByRegion, listCountryOptions, listPartners } from "@/lib/queries/countries";
import { getOrganisationBySlug, listOrganisations } from "@/lib/queries/organisations";
import { listMeetings, listRecentMeetings } from "@/lib/queries/meetings";
import { getOverviewCounts, listPublications } from "@/lib/queries/overview";
import { createOrganisation, createProject, uniqueSlug } from "../setup/factories";

describe("countries", () => {
  it("lists the 53 ASEM partners by region with project counts", async () => {
    const partners = await listPartners();
    expect(partners).toHaveLength(53);
    const regions = groupByRegion(partners);
    expect(regions.EUROPE.map((p) => p.code)).toContain("EU");
    expect(regions.ASIA.map((p) => p.code)).toEqual(expect.arrayContaining(["ASEAN", "AU", "RU", "NZ"]));
    expect(partners.filter((p) => p.inAsem2010List)).toHaveLength(45);
    const before = partners.find((p) => p.code === "MN")!.projectCount;
    await createProject({ countries: ["MN"] });
    expect((await listPartners()).find((p) => p.code === "MN")!.projectCount).toBe(before + 1);
  });

  it("finds a country by code in any case, with what it takes part in", async () => {
    const vietnam = await getCountry("vn");
    expect(vietnam?.name).toBe("Vietnam");
    expect(vietnam?.workshops.map((w) => w.slug)).toContain("ha-long-2010");
    const poland = await getCountry("PL");
    expect(poland?.meetings.map((m) => m.slug)).toContain("cmm4");
    expect(poland?.cities.flatMap((c) => c.designations.map((d) => `${c.name} ${d.year}`))).toContain(
      "Lublin 2029",
    );
    expect(await getCountry("zz")).toBeNull();
    expect((await listCountryOptions("en")).map((o) => o.value)).toContain("RS");
  });
});

describe("organisations", () => {
  it("searches names by prefix and filters by kind, country and verification", async () => {
    const name = `Quetzal${uniqueSlug("").slice(1, 6)} Puppet Guild`;
    const organisation = await createOrganisation({
      name,
      kind: "FOUNDATION",
      countryCode: "IE",
      verificationStatus: "VERIFIED",
    });
    const { items } = await listOrganisations({
      q: name.slice(0, 8),
      kind: "FOUNDATION",
      country: "IE",
      verification: "VERIFIED",
    });
    expect(items.map((item) => item.slug)).toEqual([organisation.slug]);
    expect((await listOrganisations({ q: name.slice(0, 8), kind: "UNIVERSITY" })).items).toEqual([]);
  });

  it("leaves merged organisations out and shows an organisation's activity", async () => {
    const kept = await createOrganisation();
    const merged = await createOrganisation({ mergedIntoId: kept.id });
    expect((await listOrganisations({ country: "VN", page: 1 })).items.map((o) => o.id)).not.toContain(
      merged.id,
    );
    await createProject({ leadOrganisationId: kept.id });
    const detail = await getOrganisationBySlug(kept.slug);
    expect(detail?._count.leadProjects).toBe(1);
    expect(detail?.ledProjects).toHaveLength(1);
    const asef = await getOrganisationBySlug("asef");
    expect(asef?.workshopsOrganised.map(({ workshop }) => workshop.slug)).toEqual(["ha-long-2010"]);
    expect(asef?.publications.map(({ publication }) => publication.slug)).toContain(
      "asef-press-release-ha-long-2010",
    );
    expect(await getOrganisationBySlug("nope")).toBeNull();
  });
});

describe("overview", () => {
  it("counts published projects and lists the latest meetings", async () => {
    const before = await getOverviewCounts();
    await createProject();
    await createProject({ visibility: "HIDDEN" });
    const after = await getOverviewCounts();
    expect(after.projects).toBe(before.projects + 1);
    expect(after.partners).toBe(53);
    expect(after.designations).toBe(129);
    const recent = await listRecentMeetings(4);
    expect(recent[0].slug).toBe("asem13");
    expect(await listMeetings()).toHaveLength(21);
    expect((await listPublications()).map((p) => p.slug).sort()).toEqual([
      "asef-press-release-ha-long-2010",
      "crp-study-ecoc-ccea",
    ]);
  });
});
