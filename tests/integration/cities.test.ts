import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listDesignationCountryOptions, listDesignations, listDesignationYears } from "@/lib/queries/cities";
import { createPartnership } from "../setup/factories";

const label = (d: { programme: string; year: number; city: { name: string } }) =>
  `${d.programme} ${d.year} ${d.city.name}`;

describe("listDesignations", () => {
  it("lists all 129 real titles: 85 ECoC and 44 CCEA", async () => {
    expect(await listDesignations({})).toHaveLength(129);
    const ecoc = await listDesignations({ programme: "ECOC" });
    const ccea = await listDesignations({ programme: "CCEA" });
    expect(ecoc).toHaveLength(85);
    expect(ccea).toHaveLength(44);
    expect(ecoc.every((d) => d.programme === "ECOC")).toBe(true);
    expect(ccea.every((d) => d.programme === "CCEA")).toBe(true);
    expect(ecoc.at(-1)).toMatchObject({ year: 1985, city: { name: "Athens", country: { code: "GR" } } });
    expect(ccea.at(-1)?.year).toBe(2014);
  });

  it("orders by year descending, then ECoC before CCEA, then city name", async () => {
    const all = await listDesignations({});
    const years = all.map((d) => d.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const of2025 = all.filter((d) => d.year === 2025).map(label);
    expect(of2025).toEqual([
      "ECOC 2025 Chemnitz",
      "ECOC 2025 Nova Gorica",
      "CCEA 2025 Anseong",
      "CCEA 2025 Huzhou",
      "CCEA 2025 Kamakura",
      "CCEA 2025 Macao",
    ]);
  });

  it("filters by year, alone and with a programme", async () => {
    // No ECoC held its title in 2021; the CCEA did, with two Chinese cities.
    expect((await listDesignations({ year: 2021 })).map(label)).toEqual([
      "CCEA 2021 Dunhuang",
      "CCEA 2021 Kitakyushu",
      "CCEA 2021 Shaoxing",
      "CCEA 2021 Suncheon",
    ]);
    const ccea2024 = await listDesignations({ programme: "CCEA", year: 2024 });
    expect(ccea2024.map((d) => d.city.name)).toEqual(["Dalian", "Gimhae", "Ishikawa Prefecture", "Weifang"]);
    expect(ccea2024.find((d) => d.city.name === "Ishikawa Prefecture")?.status).toBe(
      "designated; programme cancelled",
    );
    expect((await listDesignations({ programme: "ECOC", year: 2030 })).map((d) => d.city.name)).toEqual([
      "Larnaka",
      "Leuven",
      "Nikšić",
    ]);
    expect(await listDesignations({ programme: "CCEA", year: 2000 })).toEqual([]);
  });

  it("filters by city, newest title first", async () => {
    const kitakyushu = await listDesignations({ city: "kitakyushu-jp" });
    expect(kitakyushu.map(label)).toEqual(["CCEA 2021 Kitakyushu", "CCEA 2020 Kitakyushu"]);
    expect(kitakyushu[0].city).toMatchObject({
      slug: "kitakyushu-jp",
      country: { code: "JP", name: "Japan" },
    });
    expect(await listDesignations({ city: "no-such-city" })).toEqual([]);
  });

  it("shows each designation's partnerships on both sides", async () => {
    const [matera] = await listDesignations({ programme: "ECOC", year: 2019, city: "matera-it" });
    expect(
      matera.ecocPartnerships.map((p) => `${p.cceaDesignation.city.name} ${p.cceaDesignation.year}`),
    ).toEqual(["Xi'an 2019"]);
    expect(matera.ecocPartnerships[0]).toMatchObject({ status: "ACTIVE", isSample: true });
    expect(matera.cceaPartnerships).toEqual([]);

    const ecocId = (
      await db.designation.findFirstOrThrow({
        where: { programme: "ECOC", year: 1991, city: { name: "Dublin" } },
      })
    ).id;
    const cceaId = (
      await db.designation.findFirstOrThrow({
        where: { programme: "CCEA", year: 2016, city: { name: "Nara" } },
      })
    ).id;
    const partnership = await createPartnership({ ecocDesignationId: ecocId, cceaDesignationId: cceaId });
    const [dublin] = await listDesignations({ programme: "ECOC", year: 1991 });
    expect(dublin.ecocPartnerships).toEqual([
      {
        id: partnership.id,
        status: "PROPOSED",
        isSample: false,
        cceaDesignation: { year: 2016, city: { name: "Nara", nativeName: "奈良市", countryCode: "JP" } },
      },
    ]);
    const nara = (await listDesignations({ programme: "CCEA", year: 2016 })).find(
      (d) => d.city.name === "Nara",
    );
    expect(nara?.cceaPartnerships).toEqual([
      {
        id: partnership.id,
        status: "PROPOSED",
        isSample: false,
        ecocDesignation: { year: 1991, city: { name: "Dublin", nativeName: null, countryCode: "IE" } },
      },
    ]);
  });
});

describe("listDesignationYears", () => {
  it("lists every title year once, newest first", async () => {
    const years = await listDesignationYears();
    expect(years[0]).toBe(2030);
    expect(years.at(-1)).toBe(1985);
    expect(years).toEqual([...new Set(years)].sort((a, b) => b - a));
    // 1985–2030 without a gap: 2021 is there through the CCEA alone.
    expect(years).toHaveLength(46);
    expect(years).toContain(2021);
  });
});

describe("listDesignationCountryOptions", () => {
  it("offers the countries with an ECoC or CCEA city, by name in the reader's language", async () => {
    const options = await listDesignationCountryOptions("en");
    const codes = options.map((option) => option.value);
    expect(codes).toEqual(expect.arrayContaining(["CN", "JP", "KR", "IT", "GR", "IS", "RS"]));
    // Vietnam and the two organisations have no culture capital.
    for (const code of ["VN", "EU", "ASEAN"]) expect(codes).not.toContain(code);
    expect(options.find((option) => option.value === "KR")?.label).toBe("Korea");
    expect(codes.indexOf("CN")).toBeLessThan(codes.indexOf("JP"));
    // In French, by the French names and their order: Corée du Sud before Grèce, Japon after Italie.
    const french = await listDesignationCountryOptions("fr");
    expect(french.find((option) => option.value === "KR")?.label).toBe("Corée du Sud");
    const labels = french.map((option) => option.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator("fr").compare));
  });
});
