import { plural } from "@/lib/format";
import { programmeLabels } from "@/lib/labels";
import type { MapArea, MapPlace } from "./types";

// The names the map's marks and tables share.
export const areaLabel = (area: MapArea) =>
  `${area.name}: ${area.activity ? plural(area.activity, "project") : "no projects"}`;

export const placeTitles = (place: MapPlace) =>
  place.titles.map((title) => `${programmeLabels[title.programme]} ${title.year}`).join(", ");

export const placeLabel = (place: MapPlace) => `${place.name}, ${place.countryName}: ${placeTitles(place)}`;
