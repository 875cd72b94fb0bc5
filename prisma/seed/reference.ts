import slugify from "@sindresorhus/slugify";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { loadData, type CityCoordinates } from "./data";
import { untitledLinkCities } from "./documented-links";

// Real reference data from prisma/data: ASEM partners, meetings, ECoC and CCEA designations.
export async function seedReference(db: PrismaClient) {
  const { partners, meetings, ecoc, ccea, cityCoordinates } = loadData();

  for (const partner of partners.partners) {
    const code = partner.iso_code ?? (partner.region === "Asia" ? "ASEAN" : "EU");
    const isEu = code === "EU";
    const data = {
      isoCode: partner.iso_code,
      name: isEu ? "European Union" : partner.name,
      kind: partner.kind === "state" ? ("STATE" as const) : ("ORGANISATION" as const),
      region: partner.region === "Asia" ? ("ASIA" as const) : ("EUROPE" as const),
      asemPartner: true,
      joinedYear: partner.joined_year,
      joinedAt: partner.joined_at,
      inAsem2010List: partner.in_asef_2010_list,
      note: partner.note ?? null,
      alternativeNames: partner.alternative_names ?? [],
    };
    await db.country.upsert({ where: { code }, create: { code, ...data }, update: data });
  }

  // Countries that host an ECoC but are not ASEM partners, so their cities have a country.
  const known = new Set((await db.country.findMany({ select: { code: true } })).map((c) => c.code));
  const hosts = new Map(ecoc.entries.map((entry) => [entry.country_code, entry.country]));
  const nonPartners = [...hosts].filter(([code]) => !known.has(code));
  await db.country.createMany({
    data: nonPartners.map(([code, name]) => ({ code, isoCode: code, name, kind: "STATE" as const })),
    skipDuplicates: true,
  });

  for (const [kind, list] of [
    ["SUMMIT", meetings.summits],
    ["CULTURE_MINISTERS", meetings.culture_ministers_meetings],
  ] as const) {
    for (const meeting of list) {
      const slug = kind === "SUMMIT" ? `asem${meeting.number}` : `cmm${meeting.number}`;
      const data = {
        slug,
        kind,
        number: meeting.number,
        name:
          kind === "SUMMIT"
            ? `ASEM${meeting.number}`
            : `${ordinal(meeting.number)} ASEM Culture Ministers' Meeting`,
        city: meeting.city,
        countryCode: meeting.country_code,
        startDate: meeting.start_date ? new Date(meeting.start_date) : null,
        endDate: meeting.end_date ? new Date(meeting.end_date) : null,
        theme: meeting.theme ?? null,
        note: [meeting.note, meeting.dates_note].filter(Boolean).join(" ") || null,
        sources: meeting.sources,
      };
      await db.meeting.upsert({ where: { slug }, create: data, update: data });
    }
  }

  type CityRow = { slug: string; name: string; countryCode: string; nativeName?: string; unitType: string };
  const cityRows = new Map<string, CityRow & { alternativeNames: string[] }>();
  // A city named twice (a title of each programme) is one row: the last naming wins.
  const addCity = (
    name: string,
    countryCode: string,
    more: Partial<CityRow> = {},
    alternativeNames: string[] = [],
  ) => {
    const slug = citySlug(name, countryCode);
    cityRows.set(slug, { slug, name, countryCode, unitType: "city", alternativeNames, ...more });
  };
  for (const entry of ecoc.entries) addCity(entry.city, entry.country_code, {}, entry.alternative_names);
  for (const entry of ccea.entries)
    addCity(entry.city, entry.country, { nativeName: entry.city_native, unitType: entry.unit_type });
  // Cities a documented link names that hold no title of either programme.
  for (const entry of untitledLinkCities) addCity(entry.city, entry.country_code);
  await db.city.createMany({ data: [...cityRows.values()], skipDuplicates: true });
  await seedCityCoordinates(db, cityCoordinates.cities);
  const cityIds = new Map(
    (await db.city.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]),
  );

  const designation = (
    programme: "ECOC" | "CCEA",
    countryCode: string,
    entry: { city: string; year: number; status: string; note?: string | null },
  ) => ({
    programme,
    cityId: cityIds.get(citySlug(entry.city, countryCode))!,
    year: entry.year,
    status: entry.status,
    note: entry.note ?? null,
  });
  const designations = [
    ...ecoc.entries.map((entry) => designation("ECOC", entry.country_code, entry)),
    ...ccea.entries.map((entry) => designation("CCEA", entry.country, entry)),
  ];
  await db.designation.createMany({ data: designations, skipDuplicates: true });
  return { countries: await db.country.count(), designations: designations.length };
}

// Every city's point (or none) as prisma/data/city-coordinates.json gives it, in one statement.
async function seedCityCoordinates(db: PrismaClient, cities: CityCoordinates[]) {
  const rows = cities.map((city) => ({
    slug: citySlug(city.city, city.country_code),
    latitude: city.latitude,
    longitude: city.longitude,
    source: city.source && `GeoNames${city.geonames_id ? ` ${city.geonames_id}` : ""} via ${city.source}`,
    geonamesId: city.geonames_id,
    match: city.match,
  }));
  await db.$executeRaw`
    UPDATE "City" SET "latitude" = c.latitude, "longitude" = c.longitude, "coordinateSource" = c.source,
      "geonamesId" = c."geonamesId", "coordinateMatch" = c.match
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS c(slug text, latitude float8, longitude float8, source text, "geonamesId" int, match text)
    WHERE "City".slug = c.slug`;
}

export function citySlug(name: string, countryCode: string) {
  return slugify(`${name} ${countryCode}`);
}

function ordinal(n: number) {
  const suffix =
    n % 10 === 1 && n !== 11
      ? "st"
      : n % 10 === 2 && n !== 12
        ? "nd"
        : n % 10 === 3 && n !== 13
          ? "rd"
          : "th";
  return `${n}${suffix}`;
}
