import { activityClasses, activityClassOf, activityColours } from "@/lib/map/activity";
import { drawMap } from "@/lib/map/draw";
import { areaLabel, placeLabel } from "@/lib/map/labels";
import type { MapInput } from "@/lib/map/types";
import { MapLegend, mapColours } from "./map-legend";
import { MapTables } from "./map-tables";

// A map drawn on the server from Natural Earth's shapes (lib/map): no tiles and no
// script. Partners, cities and links are each a link with a name; the tables under
// it hold the same, for reading rather than looking.
export function WorldMap({ input, title }: { input: MapInput; title: string }) {
  const drawn = drawMap(input);
  const classes = activityClasses(input.areas.map((area) => area.activity));
  const areas = new Map(input.areas.map((area) => [area.code, area]));
  const places = new Map(input.places.map((place) => [place.slug, place]));
  const links = new Map(input.links.map((link) => [link.id, link]));

  return (
    <section aria-labelledby="map-heading" className="mb-10">
      <h2 id="map-heading" className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      <a href="#map-end" className="sr-only focus:not-sr-only">
        Skip the map&apos;s links
      </a>
      <figure className="world-map">
        <svg
          viewBox={`0 0 ${drawn.width} ${drawn.height}`}
          role="group"
          aria-labelledby="map-heading"
          className="h-auto w-full rounded border border-gray-300 bg-slate-50"
        >
          <path d={drawn.background} fill={mapColours.land} stroke="#fff" strokeWidth={0.5} aria-hidden />
          <g>
            {drawn.areas.map(({ code, d, ring }) => {
              const area = areas.get(code)!;
              const activity = activityClassOf(area.activity, classes);
              const label = areaLabel(area);
              return (
                <a key={code} href={area.href} aria-label={label}>
                  <title>{label}</title>
                  <path d={d} fill={activityColours[activity.index]} stroke="#475569" strokeWidth={0.6} />
                  {ring ? (
                    <circle
                      cx={ring.x}
                      cy={ring.y}
                      r={5}
                      fill={activityColours[activity.index]}
                      stroke="#475569"
                    />
                  ) : null}
                </a>
              );
            })}
          </g>
          {drawn.focus ? (
            <path d={drawn.focus} fill="none" stroke="#111827" strokeWidth={2.5} aria-hidden />
          ) : null}
          <g>
            {drawn.links.map(({ id, d }) => {
              const link = links.get(id)!;
              const documented = link.kind === "documented";
              return (
                <a key={id} href={link.href} aria-label={link.label} className="map-link">
                  <title>{link.label}</title>
                  <path d={d} fill="none" stroke="transparent" strokeWidth={9} />
                  <path
                    d={d}
                    fill="none"
                    stroke={documented ? mapColours.documented : mapColours.pairing}
                    strokeWidth={2}
                    strokeDasharray={documented ? "6 4" : undefined}
                  />
                </a>
              );
            })}
          </g>
          <g>
            {drawn.places.map(({ slug, x, y }) => {
              const place = places.get(slug)!;
              const label = placeLabel(place);
              const ecoc = place.titles.some((t) => t.programme === "ECOC");
              return (
                <a key={slug} href={place.href} aria-label={label}>
                  <title>{label}</title>
                  {ecoc ? (
                    <circle cx={x} cy={y} r={4} fill={mapColours.ecoc} stroke="#fff" strokeWidth={1} />
                  ) : (
                    <rect
                      x={x - 4}
                      y={y - 4}
                      width={8}
                      height={8}
                      fill={mapColours.ccea}
                      stroke="#fff"
                      strokeWidth={1}
                    />
                  )}
                </a>
              );
            })}
          </g>
        </svg>
        <figcaption>
          <MapLegend classes={classes} linkKinds={[...new Set(input.links.map((link) => link.kind))]} />
        </figcaption>
      </figure>
      <MapTables input={input} classes={classes} />
      <span id="map-end" />
    </section>
  );
}
