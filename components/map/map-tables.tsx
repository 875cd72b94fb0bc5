import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { activityClassOf, type ActivityClass } from "@/lib/map/activity";
import { placeTitles } from "@/lib/map/labels";
import type { MapInput } from "@/lib/map/types";
import { useMapNames } from "./map-names";

export type MapTableKind = "areas" | "places" | "links";

const coordinate = (value: number) => value.toFixed(3);

function Table({ caption, columns, children }: { caption: string; columns: string[]; children: ReactNode }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="data-table w-full text-left text-sm">
        <caption className="mb-1 text-left font-semibold">{caption}</caption>
        <thead className="border-b border-gray-300">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200">{children}</tbody>
      </table>
    </div>
  );
}

// What the map shows, as tables: for screen readers, and for anyone who wants the
// numbers, the coordinates and where they came from. A page leaves out a table
// that it already shows (the partners on /countries).
export function MapTables({
  input,
  classes,
  tables,
}: {
  input: MapInput;
  classes: ActivityClass[];
  tables: MapTableKind[];
}) {
  const t = useTranslations("map.tables");
  const names = useMapNames();
  const areas = input.areas.filter((area) => !input.focus || area.code === input.focus);
  return (
    <details className="mt-3">
      <summary className="cursor-pointer font-medium">{t("summary")}</summary>
      <div className="mt-3 space-y-6">
        {tables.includes("areas") ? (
          <Table
            caption={t("areas.caption")}
            columns={[t("areas.partner"), t("areas.projects"), t("areas.shade")]}
          >
            {areas.map((area) => (
              <tr key={area.code}>
                <th scope="row" className="font-normal">
                  <Link href={area.href}>{area.name}</Link>
                </th>
                <td>{area.activity}</td>
                <td>
                  {area.drawn === false
                    ? t("areas.notDrawn")
                    : names.shade(activityClassOf(area.activity, classes))}
                </td>
              </tr>
            ))}
          </Table>
        ) : null}
        {tables.includes("places") ? (
          <Table
            caption={t("places.caption")}
            columns={[t("places.city"), t("places.titles"), t("places.coordinates"), t("places.source")]}
          >
            {input.places.map((place) => (
              <tr key={place.slug}>
                <th scope="row" className="font-normal">
                  <Link href={place.href}>{place.name}</Link>, {place.countryName}
                </th>
                <td>{placeTitles(place)}</td>
                <td>
                  {place.point
                    ? `${coordinate(place.point.latitude)}, ${coordinate(place.point.longitude)}`
                    : t("places.noPoint")}
                </td>
                <td>{[place.source, place.match].filter(Boolean).join(". ")}</td>
              </tr>
            ))}
          </Table>
        ) : null}
        {tables.includes("links") && input.links.length ? (
          <Table
            caption={t("links.caption")}
            columns={[t("links.link"), t("links.between"), t("links.status"), t("links.onMap")]}
          >
            {input.links.map((link) => (
              <tr key={link.id}>
                <th scope="row" className="font-normal">
                  <Link href={link.href}>{names.link(link)}</Link>
                </th>
                <td>{t("links.fromTo", { from: link.from.name, to: link.to.name })}</td>
                <td>{link.note}</td>
                <td>{link.from.point && link.to.point ? t("links.drawn") : t("links.notDrawn")}</td>
              </tr>
            ))}
          </Table>
        ) : null}
      </div>
    </details>
  );
}
