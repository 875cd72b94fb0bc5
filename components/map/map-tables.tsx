import Link from "next/link";
import { activityClassOf, type ActivityClass } from "@/lib/map/activity";
import { placeTitles } from "@/lib/map/labels";
import type { MapInput } from "@/lib/map/types";

const coordinate = (value: number) => value.toFixed(3);

// Everything the map shows, as tables: for screen readers, and for anyone who wants
// the numbers, the coordinates and where they came from.
export function MapTables({ input, classes }: { input: MapInput; classes: ActivityClass[] }) {
  return (
    <details className="mt-3">
      <summary className="cursor-pointer font-medium">The map&apos;s data as tables</summary>
      <div className="mt-3 space-y-6">
        <div className="relative overflow-x-auto">
          <table className="data-table w-full text-left text-sm">
            <caption className="mb-1 text-left font-semibold">ASEM partners on the map</caption>
            <thead className="border-b border-gray-300">
              <tr>
                <th scope="col">Partner</th>
                <th scope="col">Projects</th>
                <th scope="col">Shade</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-200">
              {input.areas
                .filter((area) => !input.focus || area.code === input.focus)
                .map((area) => (
                  <tr key={area.code}>
                    <th scope="row" className="font-normal">
                      <Link href={area.href}>{area.name}</Link>
                    </th>
                    <td>{area.activity}</td>
                    <td>
                      {area.drawn === false
                        ? "Not drawn (an organisation)"
                        : activityClassOf(area.activity, classes).label}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
        <div className="relative overflow-x-auto">
          <table className="data-table w-full text-left text-sm">
            <caption className="mb-1 text-left font-semibold">Cities on the map</caption>
            <thead className="border-b border-gray-300">
              <tr>
                <th scope="col">City</th>
                <th scope="col">Titles</th>
                <th scope="col">Latitude, longitude</th>
                <th scope="col">Where the point comes from</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-200">
              {input.places.map((place) => (
                <tr key={place.slug}>
                  <th scope="row" className="font-normal">
                    <Link href={place.href}>{place.name}</Link>, {place.countryName}
                  </th>
                  <td>{placeTitles(place)}</td>
                  <td>
                    {place.point
                      ? `${coordinate(place.point.latitude)}, ${coordinate(place.point.longitude)}`
                      : "No point"}
                  </td>
                  <td>{[place.source, place.match].filter(Boolean).join(". ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {input.links.length ? (
          <div className="relative overflow-x-auto">
            <table className="data-table w-full text-left text-sm">
              <caption className="mb-1 text-left font-semibold">Links between cities on the map</caption>
              <thead className="border-b border-gray-300">
                <tr>
                  <th scope="col">Link</th>
                  <th scope="col">Between</th>
                  <th scope="col">Status</th>
                  <th scope="col">On the map</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-200">
                {input.links.map((link) => (
                  <tr key={link.id}>
                    <th scope="row" className="font-normal">
                      <Link href={link.href}>{link.label}</Link>
                    </th>
                    <td>
                      {link.from.name} and {link.to.name}
                    </td>
                    <td>{link.note}</td>
                    <td>{link.from.point && link.to.point ? "Yes" : "No: a city has no point"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>
    </details>
  );
}
