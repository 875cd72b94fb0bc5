import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCountry, groupByRegion, listCountryOptions, listPartners } from "@/lib/queries/countries";
import { createOrganisation, createProject } from "../setup/factories";

describe("listPartners", () => {
  it("lists the 53 ASEM partners by name, 31 in the European group and 22 in the Asian group", async () => {
    const partners = await listPartners();
    expect(partners).toHaveLength(53);
    const names = partners.map((partner) => partner.name);
    expect(names).toEqual([...names].sort());
    expect(partners.filter((partner) => partner.inAsem2010List)).toHaveLength(45);
    expect(
      partners
        .filter((partner) => partner.kind === "ORGANISATION")
        .map((p) => p.code)
        .sort(),
    ).toEqual(["ASEAN", "EU"]);

    const regions = groupByRegion(partners);
    expect(regions.EUROPE).toHaveLength(31);
    expect(regions.ASIA).toHaveLength(22);
    expect(regions.EUROPE.map((partner) => partner.code)).toEqual(expect.arrayContaining(["EU", "NO", "CH"]));
    // Australia, New Zealand and Russia sit in ASEM's Asian group.
    expect(regions.ASIA.map((partner) => partner.code)).toEqual(
      expect.arrayContaining(["ASEAN", "AU", "NZ", "RU"]),
    );
    expect(partners.find((partner) => partner.code === "HR")).toMatchObject({
      name: "Croatia",
      joinedYear: 2014,
    });
  });

  it("counts the published projects of every partner country", async () => {
    const countOf = async (code: string) =>
      (await listPartners()).find((partner) => partner.code === code)!.projectCount;
    const [brunei, bangladesh] = [await countOf("BN"), await countOf("BD")];
    await createProject({ countries: ["BN", "BD"] });
    await createProject({ countries: ["BN"] });
    await createProject({ countries: ["BN", "BD"], visibility: "HIDDEN", hiddenReason: "Spam" });
    expect(await countOf("BN")).toBe(brunei + 2);
    expect(await countOf("BD")).toBe(bangladesh + 1);
  });
});

describe("groupByRegion", () => {
  it("splits rows into Asia and Europe and leaves out rows without a region", () => {
    const rows = [
      { code: "VN", region: "ASIA" as const },
      { code: "PL", region: "EUROPE" as const },
      { code: "RS", region: null },
      { code: "JP", region: "ASIA" as const },
    ];
    expect(groupByRegion(rows)).toEqual({
      ASIA: [rows[0], rows[3]],
      EUROPE: [rows[1]],
    });
  });
});

describe("getCountry", () => {
  it("finds a country by its code in any case", async () => {
    const lower = await getCountry("vn");
    expect(lower).toMatchObject({ code: "VN", name: "Vietnam", region: "ASIA", asemPartner: true });
    expect((await getCountry("Vn"))?.code).toBe("VN");
    expect((await getCountry("asean"))?.name).toBe("ASEAN Secretariat");
    expect((await getCountry("eu"))?.name).toBe("European Union");
  });

  it("returns null for an unknown code", async () => {
    expect(await getCountry("zz")).toBeNull();
    expect(await getCountry("")).toBeNull();
  });

  it("shows Viet Nam as host of the Ha Long workshop and of ASEM5 in Hanoi", async () => {
    const vietnam = await getCountry("vn");
    expect(vietnam?.workshops.map((workshop) => workshop.slug)).toContain("ha-long-2010");
    expect(vietnam?.meetings).toEqual([
      expect.objectContaining({ slug: "asem5", city: "Hanoi", kind: "SUMMIT" }),
    ]);
  });

  it("shows Hungary as co-organiser of the Ha Long workshop, with its ECoC cities", async () => {
    const hungary = await getCountry("HU");
    expect(hungary?.workshopOrganisers.map(({ workshop }) => workshop.slug)).toEqual(["ha-long-2010"]);
    expect(hungary?.meetings).toEqual([]);
    expect(hungary?.cities.map((city) => city.name)).toEqual(["Pécs", "Veszprém"]);
  });

  it("shows Poland's culture ministers' meeting and its ECoC cities in name and year order", async () => {
    const poland = await getCountry("pl");
    expect(poland?.meetings.map((meeting) => `${meeting.slug} ${meeting.city}`)).toEqual(["cmm4 Poznań"]);
    expect(poland?.meetings[0].startDate).toEqual(new Date("2010-09-09"));
    const titles = poland?.cities.flatMap((city) =>
      city.designations.map((designation) => `${city.name} ${designation.programme} ${designation.year}`),
    );
    expect(titles).toEqual(["Kraków ECOC 2000", "Lublin ECOC 2029", "Wrocław ECOC 2016"]);
  });

  it("lists a country's meetings in date order", async () => {
    const belgium = await getCountry("BE");
    expect(belgium?.meetings.map((meeting) => meeting.slug)).toEqual(["asem8", "asem12"]);
    const korea = await getCountry("KR");
    expect(korea?.meetings.map((meeting) => meeting.slug)).toEqual(["asem3", "cmm7"]);
  });

  it("lists a city's designations in year order with their partnerships", async () => {
    const japan = await getCountry("JP");
    const kitakyushu = japan?.cities.find((city) => city.name === "Kitakyushu");
    expect(kitakyushu?.designations.map((d) => `${d.programme} ${d.year}`)).toEqual([
      "CCEA 2020",
      "CCEA 2021",
    ]);
    // The seeded sample pairing Galway 2020 – Kitakyushu 2020.
    expect(
      kitakyushu?.designations[0].cceaPartnerships.map(
        (p) => `${p.ecocDesignation.city.name} ${p.ecocDesignation.year}`,
      ),
    ).toEqual(["Galway 2020"]);
    expect(kitakyushu?.designations[1].cceaPartnerships).toEqual([]);
  });

  it("shows a host of a European Capital of Culture outside ASEM", async () => {
    const serbia = await getCountry("rs");
    expect(serbia).toMatchObject({ code: "RS", name: "Serbia", asemPartner: false, region: null });
    expect(serbia?.cities.map((city) => city.name)).toEqual(["Novi Sad"]);
    expect(serbia?.cities[0].designations).toEqual([
      expect.objectContaining({ programme: "ECOC", year: 2022 }),
    ]);
  });

  it("counts organisations without merged ones and only published projects", async () => {
    const before = (await getCountry("BN"))!;
    const kept = await createOrganisation({ countryCode: "BN", name: "Aaaa Brunei organisation" });
    await createOrganisation({ countryCode: "BN", mergedIntoId: kept.id });
    const published = await createProject({ countries: ["BN"], createdAt: new Date(Date.now() + 3_600_000) });
    const hidden = await createProject({ countries: ["BN"], visibility: "HIDDEN", hiddenReason: "Spam" });

    const after = (await getCountry("BN"))!;
    expect(after.organisationCount).toBe(before.organisationCount + 1);
    expect(after.organisations[0].slug).toBe(kept.slug);
    expect(after.projectCount).toBe(before.projectCount + 1);
    expect(after.projects[0].slug).toBe(published.slug);
    expect(after.projects.map((project) => project.slug)).not.toContain(hidden.slug);
  });
});

describe("listCountryOptions", () => {
  it("offers every country, ASEM partners first, each group by name", async () => {
    const options = await listCountryOptions("en");
    expect(options).toHaveLength(await db.country.count());
    const partners = options.slice(0, 53).map((option) => option.label);
    expect(partners).toEqual((await listPartners()).map((partner) => partner.name));
    const others = options.slice(53);
    expect(others.map((option) => option.value).sort()).toEqual(["IS", "ME", "MK", "RS", "TR"]);
    expect(others.map((option) => option.label)).toEqual([...others.map((option) => option.label)].sort());
    expect(options).toContainEqual({ value: "VN", label: "Vietnam" });
  });

  it("names them in the reader's language, in its alphabetical order", async () => {
    const options = await listCountryOptions("ja");
    expect(options).toContainEqual({ value: "VN", label: "ベトナム" });
    const partners = options.slice(0, 53).map((option) => option.label);
    expect(partners).toEqual([...partners].sort(new Intl.Collator("ja").compare));
  });
});
