import fs from "node:fs";
import path from "node:path";

// The JSON files in prisma/data, typed as far as the seed reads them.
type Partner = {
  name: string;
  kind: "state" | "organisation";
  region: "Asia" | "Europe";
  iso_code: string | null;
  joined_year: number;
  joined_at: string;
  in_asef_2010_list: boolean;
  alternative_names?: string[];
  note?: string;
};
type MeetingEntry = {
  number: number;
  city: string;
  country: string;
  country_code: string;
  start_date: string | null;
  end_date: string | null;
  theme?: string | null;
  note?: string;
  dates_note?: string;
  sources: string[];
};
type EcocEntry = {
  year: number;
  city: string;
  country: string;
  country_code: string;
  status: string;
  note?: string;
  alternative_names?: string[];
};
type CceaEntry = {
  year: number;
  city: string;
  city_native: string;
  country: string;
  country_name: string;
  unit_type: string;
  status: string;
  note?: string;
};

type Sourced = { sources: string[]; confidence: string };
export type DocumentedLinksData = {
  study: Sourced & {
    title: string;
    author: string;
    commissioned_by: string[];
    carried_out_by: string;
    fieldwork: string;
    prepared_for: string;
    questions: string[];
    published: string;
  };
  city_links: (Sourced & {
    european_city: string;
    european_title: string | null;
    asian_city: string;
    asian_title: string | null;
    date: string | null;
    kind: string;
    what: string;
  })[];
  programme_links: (Sourced & {
    name: string;
    what: string;
    examples?: (Sourced & { city: string; title: string; what: string })[];
  })[];
  ccea_internal_links: (Sourced & { cities: string[]; year: number; what: string })[];
  asef_programmes: (Sourced & { name: string; organisers: string[]; years?: string; what: string })[];
  ha_long_2010: Record<string, string>;
  poznan_2010: { dates_disagree: Record<string, string>; attendance: string; outcome: string };
};

export type CityCoordinates = {
  city: string;
  country_code: string;
  latitude: number | null;
  longitude: number | null;
  source: string | null;
  geonames_id: number | null;
  match: string;
};

const dataDir = path.join(import.meta.dirname, "..", "data");
const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(dataDir, file), "utf8")) as T;

export function loadData() {
  return {
    partners: read<{ partners: Partner[] }>("asem-partners.json"),
    meetings: read<{ summits: MeetingEntry[]; culture_ministers_meetings: MeetingEntry[] }>(
      "asem-meetings.json",
    ),
    ecoc: read<{ entries: EcocEntry[] }>("ecoc.json"),
    ccea: read<{ entries: CceaEntry[] }>("ccea.json"),
    cityCoordinates: read<{ cities: CityCoordinates[] }>("city-coordinates.json"),
    documentedLinks: read<DocumentedLinksData>("documented-links.json"),
  };
}
