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
  };
}
