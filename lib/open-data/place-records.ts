import { inEnglish, label } from "@/lib/labels";
import type { DesignationRow } from "@/lib/queries/cities";
import type { CountryExportItem } from "@/lib/queries/place-exports";
import type { CsvColumn } from "./csv-columns";

// The downloads of /cities (one record per title: a city in a year) and /countries.

export function designationRecord(designation: DesignationRow, origin: string) {
  const { city } = designation;
  const pairings = [
    ...designation.ecocPartnerships.map((p) => ({ ...p, with: p.cceaDesignation })),
    ...designation.cceaPartnerships.map((p) => ({ ...p, with: p.ecocDesignation })),
  ];
  return {
    programme: designation.programme,
    year: designation.year,
    status: designation.status,
    note: designation.note,
    city: {
      slug: city.slug,
      name: city.name,
      nativeName: city.nativeName,
      country: city.country,
      latitude: city.latitude,
      longitude: city.longitude,
      coordinateSource: city.coordinateSource,
      coordinateMatch: city.coordinateMatch,
      url: `${origin}/cities?city=${city.slug}`,
    },
    partnerships: pairings.map((p) => ({
      id: p.id,
      status: p.status,
      with: `${p.with.city.name} ${p.with.year}`,
      url: `${origin}/partnerships/${p.id}`,
    })),
  };
}

export function countryRecord(country: CountryExportItem, origin: string) {
  return { ...country, url: `${origin}/countries/${country.code}` };
}

export type DesignationRecord = ReturnType<typeof designationRecord>;
export type CountryRecord = ReturnType<typeof countryRecord>;

export const designationColumns: CsvColumn<DesignationRecord>[] = [
  ["Programme", (d) => label(inEnglish, "programme", d.programme)],
  ["Year", (d) => d.year],
  ["City", (d) => d.city.name],
  ["Native name", (d) => d.city.nativeName],
  ["Country", (d) => d.city.country.name],
  ["Country code", (d) => d.city.country.code],
  ["Status", (d) => d.status],
  ["Note", (d) => d.note],
  ["Latitude", (d) => d.city.latitude],
  ["Longitude", (d) => d.city.longitude],
  ["Coordinates from", (d) => d.city.coordinateSource],
  ["How the city was matched", (d) => d.city.coordinateMatch],
  [
    "City pairings",
    (d) =>
      d.partnerships.map((p) => `${p.with} (${label(inEnglish, "partnershipStatus", p.status)})`).join("; "),
  ],
  ["URL", (d) => d.city.url],
];

export const countryColumns: CsvColumn<CountryRecord>[] = [
  ["Code", (c) => c.code],
  ["ISO code", (c) => c.isoCode],
  ["Name", (c) => c.name],
  ["Kind", (c) => (c.kind === "ORGANISATION" ? "Organisation" : "State")],
  ["ASEM partner", (c) => (c.asemPartner ? "yes" : "no")],
  ["ASEM group", (c) => (c.region ? label(inEnglish, "region", c.region) : null)],
  ["Joined", (c) => c.joinedYear],
  ["Joined at", (c) => c.joinedAt],
  ["In ASEM's 2010 list", (c) => (c.asemPartner ? (c.inAsem2010List ? "yes" : "no") : null)],
  ["Projects", (c) => c.projectCount],
  ["URL", (c) => c.url],
];
