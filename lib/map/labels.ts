import { label, type LabelTranslator } from "@/lib/labels";
import type { MapPlace } from "./types";

// A city's titles as the map's marks and tables name them: "European Capital of Culture 2029".
export const placeTitles = (place: MapPlace, tLabels: LabelTranslator) =>
  place.titles.map((title) => `${label(tLabels, "programme", title.programme)} ${title.year}`).join(", ");
