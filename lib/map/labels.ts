import { programmeLabels } from "@/lib/labels";
import type { MapPlace } from "./types";

// A city's titles as the map's marks and tables name them: "European Capital of Culture 2029".
export const placeTitles = (place: MapPlace) =>
  place.titles.map((title) => `${programmeLabels[title.programme]} ${title.year}`).join(", ");
