import { describe, expect, it } from "vitest";
import { GET } from "@/app/maps/[file]/route";
import { drawMap } from "@/lib/map/draw";
import { getCountryMap, getPartnersMap } from "@/lib/queries/map";
import { actAs, speakIn } from "../setup/request";
import { callRoute } from "../setup/routes";

const mapFile = (name: string) => callRoute(GET, `/maps/${name}`, { params: { file: name } });
const idsOf = (svg: string) => [...svg.matchAll(/<path id="([^"]+)"/g)].map(([, id]) => id);

describe("the map's shapes, one file per view", () => {
  it("holds the land and every partner with a shape, named as the pages point to them", async () => {
    const drawn = drawMap(await getPartnersMap());
    expect(drawn.file).toMatch(/^\/maps\/world-[0-9a-f]{12}\.svg$/);
    const response = await mapFile(drawn.file.slice("/maps/".length));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const ids = idsOf(await response.text());
    // The land behind the partners first, so that they are drawn over it.
    expect(ids[0]).toBe("land");
    expect(ids).toEqual(expect.arrayContaining(["FR", "JP", "VN", "SG", "MT"]));
    // Not a partner, and partners without a shape of their own.
    expect(ids).not.toContain("US");
    expect(ids).not.toContain("EU");
    // Every partner the page marks is in the file, and the page carries no shapes itself.
    expect(drawn.areas.map((area) => area.code).every((code) => ids.includes(code))).toBe(true);
    expect(JSON.stringify(drawn.areas)).not.toMatch(/[Mm]\d/);
    // Partners too small to click get a ring as well.
    const rings = drawn.areas.filter((area) => area.ring).map((area) => area.code);
    expect(rings).toEqual(expect.arrayContaining(["MT", "SG"]));
  });

  it("has a file of its own for a country's page, with the country outlined", async () => {
    const drawn = drawMap(await getCountryMap("FR"));
    expect(drawn.focus).toBe(true);
    expect(drawn.file).toMatch(/^\/maps\/fr-[0-9a-f]{12}\.svg$/);
    const ids = idsOf(await (await mapFile(drawn.file.slice("/maps/".length))).text());
    expect(ids).toEqual(expect.arrayContaining(["land", "FR", "focus"]));
    // A partner without a shape is shown on the world map.
    expect(drawMap(await getCountryMap("EU")).focus).toBe(false);
  });

  it("serves today's shapes for a page cached before they changed, kept for a minute only", async () => {
    const response = await mapFile("world-000000000000.svg");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    expect(idsOf(await response.text())[0]).toBe("land");
  });

  it("answers 404 with the portal's JSON error for any other name", async () => {
    for (const name of ["world.svg", "world-xyz.svg", "FR-0123456789ab.svg", "../etc-0123456789ab.svg"]) {
      const response = await mapFile(name);
      expect(response.status, name).toBe(404);
      expect((await response.json()).error.status).toBe(404);
    }
    // A country code without a shape of its own.
    const eu = await mapFile("eu-0123456789ab.svg");
    expect(eu.status).toBe(404);
    expect((await eu.json()).error.message).toMatch(/EU/);
  });
});

describe("the map's names, in the reader's language", () => {
  it("names partners, cities and their countries as the page's language does", async () => {
    await actAs(null);
    speakIn("fr");
    const french = await getPartnersMap();
    expect(french.areas.find((area) => area.code === "DE")?.name).toBe("Allemagne");
    const yokohamaInFrench = french.places.find((place) => place.slug.startsWith("yokohama"));
    expect(yokohamaInFrench).toMatchObject({ name: "Yokohama", countryName: "Japon" });

    speakIn("ja");
    const japanese = await getPartnersMap();
    expect(japanese.areas.find((area) => area.code === "DE")?.name).toBe("ドイツ");
    // A Culture City of East Asia in its own country's language, from the list's native names.
    expect(japanese.places.find((place) => place.slug.startsWith("yokohama"))).toMatchObject({
      name: "横浜市",
      countryName: "日本",
    });
    // Every city on the map, and the links' ends, with their country in Japanese.
    expect(japanese.places.map((place) => place.countryName)).not.toContain("Japan");
    expect(japanese.links.length).toBeGreaterThan(0);
    expect(japanese.links.map((link) => link.from.name).join(" ")).not.toMatch(/\((Japan|Germany|France)\)/);

    speakIn("en");
    const english = await getPartnersMap();
    expect(english.areas.find((area) => area.code === "DE")?.name).toBe("Germany");
  });
});
