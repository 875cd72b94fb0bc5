import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createPartnership } from "@/lib/actions/admin/partnerships";
import { db } from "@/lib/db";
import {
  documentedRationale,
  listDocumentedLinks,
  listPairableDocumentedLinks,
  pairableTitles,
} from "@/lib/queries/documented-links";
import { getCountryMap, getPairingsMap } from "@/lib/queries/map";
import type { DocumentedLinksData } from "../../prisma/seed/data";
import { seedDocumentedLinks } from "../../prisma/seed/documented-links";
import { createMember } from "../setup/members";
import { actAs, submit } from "../setup/request";

const data = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), "prisma", "data", "documented-links.json"), "utf8"),
) as DocumentedLinksData;
const names = (link: { cities: { city: { name: string } }[] }) => link.cities.map((end) => end.city.name);

describe("documented links", () => {
  it("holds every city link, CCEA declaration and EU-Japan Fest example of the data file, each with its sources", async () => {
    const links = await listDocumentedLinks();
    const examples = data.programme_links.flatMap((link) => link.examples ?? []);
    expect(links).toHaveLength(data.city_links.length + data.ccea_internal_links.length + examples.length);
    for (const link of links) expect(link.sources.length).toBeGreaterThan(0);
    const paphos = links.find((link) => link.slug === "paphos-xi-an-2023-11-13")!;
    expect(paphos).toMatchObject({
      kind: "DECLARATION",
      kindLabel: "declaration of intent to twin",
      date: "2023-11-13",
      confidence: "HIGH",
      sources: ["https://cyprus-mail.com/2023/11/13/paphos-signs-closer-cooperation-with-chinese-city/"],
    });
    // The file's "Paphos" is the reference data's Pafos, with its 2017 title.
    expect(paphos.cities.map((end) => [end.city.name, end.nameInSource, end.designation?.year])).toEqual([
      ["Pafos", "Paphos", 2017],
      ["Xi'an", null, 2019],
    ]);
  });

  it("joins a city that holds no title without one", async () => {
    const [plovdiv] = await listDocumentedLinks({ city: "shenzhen-cn" });
    expect(names(plovdiv)).toEqual(["Plovdiv", "Shenzhen"]);
    expect(plovdiv.cities[1].designation).toBeNull();
    expect(plovdiv.kind).toBe("TWINNING");
  });

  it("filters by a country at either end", async () => {
    const japanese = (await listDocumentedLinks({ country: "JP" })).map(names);
    expect(japanese).toEqual([
      ["Xi'an", "Toshima (Tokyo)", "Incheon"],
      ["Niigata", "Qingdao", "Cheongju"],
    ]);
    expect((await listDocumentedLinks({ country: "CY" })).map(names)).toEqual([["Pafos", "Xi'an"]]);
  });

  it("offers the links between an ECoC and a CCEA title for pairing, with the fact and its sources as rationale", async () => {
    const pairable = await listPairableDocumentedLinks();
    expect(pairable.map(({ link }) => names(link))).toEqual([
      ["Pafos", "Xi'an"],
      ["Matera", "Dunhuang"],
      ["Leeuwarden", "Harbin"],
    ]);
    const [paphos] = pairable;
    expect(paphos.pairingId).toBeNull();
    expect(documentedRationale(paphos.link)).toContain("https://cyprus-mail.com/2023/11/13/");
    const threeCities = (await listDocumentedLinks({ country: "KR" }))[0];
    expect(pairableTitles(threeCities)).toBeNull();
  });

  it("lets an admin start a curated pairing from one, through the same action, and no member", async () => {
    const [, matera] = await listPairableDocumentedLinks();
    const fields = {
      ecocDesignationId: matera.titles.ecoc,
      cceaDesignationId: matera.titles.ccea,
      status: "PROPOSED",
      rationale: documentedRationale(matera.link),
    };
    await actAs(await createMember());
    const refused = await submit(createPartnership, fields);
    expect(refused.message).toBe("Only the portal's admins may do this.");
    expect(
      await db.cityPartnership.count({
        where: { ecocDesignationId: fields.ecocDesignationId, cceaDesignationId: fields.cceaDesignationId },
      }),
    ).toBe(0);

    await actAs(await createMember({}, "ADMIN"));
    await submit(createPartnership, fields);
    const pairing = await db.cityPartnership.findFirstOrThrow({
      where: { ecocDesignationId: fields.ecocDesignationId, cceaDesignationId: fields.cceaDesignationId },
      select: { id: true, rationale: true, isSample: true },
    });
    expect(pairing.rationale).toMatch(/^Started from a documented link \(exploratory contact, 2016-04\)/);
    expect(pairing.isSample).toBe(false);
    const after = await listPairableDocumentedLinks();
    expect(after[1].pairingId).toBe(pairing.id);
    await actAs(null);
    // Other files of this worker count Matera's unpaired titles.
    await db.cityPartnership.delete({ where: { id: pairing.id } });
  });

  it("draws each link as arcs between neighbouring cities, dashed as documented", async () => {
    const map = await getPairingsMap({});
    const documented = map.links.filter((link) => link.kind === "documented");
    // Five links of two cities, two of three; the EU-Japan Fest examples have one city each.
    expect(documented).toHaveLength(5 + 2 * 2);
    expect(documented.every((link) => link.from.point && link.to.point)).toBe(true);
    expect(map.places.map((place) => place.slug)).toContain("hangzhou-cn");
    const netherlands = await getCountryMap("NL");
    expect(netherlands.links.filter((link) => link.kind === "documented").map((link) => link.name)).toEqual([
      "Leeuwarden – Harbin",
    ]);
  });

  it("is rewritten from the file when seeded again, never duplicated", async () => {
    const before = await db.documentedLinkCity.count();
    await seedDocumentedLinks(db as never);
    expect(await db.documentedLinkCity.count()).toBe(before);
  });

  it("refuses a link without sources", async () => {
    await expect(
      db.documentedLink.create({
        data: {
          slug: "unsourced",
          kind: "CONTACT",
          kindLabel: "contact",
          summary: "x",
          sources: [],
          confidence: "MEDIUM",
        },
      }),
    ).rejects.toThrow();
  });
});
