import { activityClasses, activityClassOf } from "@/lib/map/activity";
import { drawMap } from "@/lib/map/draw";
import { useTranslations } from "next-intl";
import type { MapInput } from "@/lib/map/types";
import { MapLegend } from "./map-legend";
import { useMapNames } from "./map-names";
import { MapTables, type MapTableKind } from "./map-tables";

const round = (value: number) => Math.round(value * 10) / 10;

// A map drawn on the server from Natural Earth's shapes (lib/map): no tiles and no
// script. The shapes are one SVG file per view (app/maps/[file]) that every page and
// language shares, pointed into by <use>; what is the page's own (cities, arcs) is
// drawn here. Partners, cities and links are each a link named by its <title>; the
// tables under it hold the same, for reading rather than looking. Colours and strokes
// come from classes (app/globals.css), which the shapes inherit through <use>.
export function WorldMap({
  input,
  title,
  tables,
}: {
  input: MapInput;
  title: string;
  tables: MapTableKind[];
}) {
  const t = useTranslations("map");
  const names = useMapNames();
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
        {t("skipLinks")}
      </a>
      <figure className="world-map">
        <svg
          viewBox={`0 0 ${drawn.width} ${drawn.height}`}
          role="group"
          aria-labelledby="map-heading"
          className="h-auto w-full rounded border border-gray-300 bg-slate-50"
        >
          <use href={`${drawn.file}#land`} className="land" aria-hidden />
          <g className="areas">
            {drawn.areas.map(({ code, ring }) => {
              const area = areas.get(code)!;
              const shade = `shade-${activityClassOf(area.activity, classes).index}`;
              return (
                <a key={code} href={area.href} className={shade}>
                  <title>{names.area(area)}</title>
                  <use href={`${drawn.file}#${code}`} />
                  {ring ? <circle cx={ring.x} cy={ring.y} r={5} /> : null}
                </a>
              );
            })}
          </g>
          {drawn.focus ? <use href={`${drawn.file}#focus`} className="focus" aria-hidden /> : null}
          <g>
            {drawn.links.map(({ id, d }) => {
              const link = links.get(id)!;
              return (
                <a key={id} href={link.href} className={`arc ${link.kind}`}>
                  <title>{names.link(link)}</title>
                  <path d={d} />
                  <path d={d} />
                </a>
              );
            })}
          </g>
          <g>
            {drawn.places.map(({ slug, x, y }) => {
              const place = places.get(slug)!;
              const ecoc = place.titles.some((t) => t.programme === "ECOC");
              return (
                <a key={slug} href={place.href}>
                  <title>{names.place(place)}</title>
                  {ecoc ? (
                    <circle cx={x} cy={y} r={4} className="ecoc" />
                  ) : (
                    <rect x={round(x - 4)} y={round(y - 4)} width={8} height={8} className="ccea" />
                  )}
                </a>
              );
            })}
          </g>
        </svg>
        <figcaption>
          <MapLegend
            classes={classes}
            linkKinds={[...new Set(input.links.map((link) => link.kind))]}
            undrawn={
              input.focus ? [] : input.areas.filter((area) => area.drawn === false).map((area) => area.name)
            }
          />
        </figcaption>
      </figure>
      <MapTables input={input} classes={classes} tables={tables} />
      <span id="map-end" />
    </section>
  );
}
