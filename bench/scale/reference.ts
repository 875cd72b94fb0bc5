import type { Sql } from "./sql";

export type CountryRef = { code: string; name: string; region: "ASIA" | "EUROPE" };
export type CityRef = { id: string; name: string; countryCode: string; programme: "ECOC" | "CCEA" };
export type MeetingRef = { id: string; kind: "SUMMIT" | "CULTURE_MINISTERS"; startDate: Date };
export type Reference = {
  countries: CountryRef[];
  cities: CityRef[];
  citiesByCountry: Map<string, CityRef[]>;
  meetings: MeetingRef[];
  partnershipIds: string[];
};

// The real reference data the normal seed loads: ordered, so the same database
// always yields the same synthetic rows.
export async function loadReference(sql: Sql): Promise<Reference> {
  const countries = await sql<CountryRef>(
    `SELECT code, name, region::text AS region FROM "Country"
     WHERE "asemPartner" AND kind = 'STATE' AND region IS NOT NULL ORDER BY code`,
  );
  if (!countries.length)
    throw new Error("No ASEM partners found: run `npm run db:migrate && npm run db:seed` first.");
  const cities = await sql<CityRef>(
    `SELECT c.id, c.name, c."countryCode",
       (SELECT d.programme::text FROM "Designation" d WHERE d."cityId" = c.id ORDER BY d.year LIMIT 1) AS programme
     FROM "City" c WHERE EXISTS (SELECT 1 FROM "Designation" d WHERE d."cityId" = c.id) ORDER BY c.slug`,
  );
  const meetings = await sql<{ id: string; kind: MeetingRef["kind"]; startDate: string | Date }>(
    `SELECT id, kind::text AS kind, "startDate" FROM "Meeting"
     WHERE "startDate" IS NOT NULL ORDER BY "startDate", slug`,
  );
  const partnerships = await sql<{ id: string }>(`SELECT id FROM "CityPartnership" ORDER BY "createdAt", id`);
  const citiesByCountry = new Map<string, CityRef[]>();
  for (const city of cities)
    citiesByCountry.set(city.countryCode, [...(citiesByCountry.get(city.countryCode) ?? []), city]);
  return {
    countries,
    cities,
    citiesByCountry,
    meetings: meetings.map((meeting) => ({ ...meeting, startDate: new Date(meeting.startDate) })),
    partnershipIds: partnerships.map((row) => row.id),
  };
}
