import { plural } from "@/lib/format";
import { label, type LabelTranslator } from "@/lib/labels";
import type { MapArea, MapPlace } from "./types";

// The names the map's marks and tables share.
export const areaLabel = (area: MapArea) =>
  `${area.name}: ${area.activity ? plural(area.activity, "project") : "no projects"}`;

export const placeTitles = (place: MapPlace, tLabels: LabelTranslator) =>
  place.titles.map((title) => `${label(tLabels, "programme", title.programme)} ${title.year}`).join(", ");

export const placeLabel = (place: MapPlace, tLabels: LabelTranslator) =>
  `${place.name}, ${place.countryName}: ${placeTitles(place, tLabels)}`;
