import { useTranslations } from "next-intl";
import type { ActivityClass } from "@/lib/map/activity";
import { placeTitles } from "@/lib/map/labels";
import type { MapArea, MapLink, MapPlace } from "@/lib/map/types";

// The names the map's marks, legend and tables share, in the viewer's language.
export function useMapNames() {
  const t = useTranslations("map.names");
  const shade = ({ from, upTo }: ActivityClass) =>
    upTo === 0
      ? t("noProjects")
      : from === upTo
        ? t("projects", { count: upTo })
        : t("projectRange", { from, upTo });
  return {
    shade,
    area: (area: MapArea) =>
      t("area", {
        name: area.name,
        projects: area.activity ? t("projectsLower", { count: area.activity }) : t("noProjectsLower"),
      }),
    place: (place: MapPlace) =>
      t("place", { name: place.name, country: place.countryName, titles: placeTitles(place) }),
    link: (link: Pick<MapLink, "kind" | "name">) =>
      link.kind === "pairing" ? t("pairing", { name: link.name }) : t("documented", { name: link.name }),
  };
}
