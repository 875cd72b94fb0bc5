import "server-only";
import { createHash } from "node:crypto";
import { geoPath, type GeoPermissibleObjects } from "d3-geo";
import { compactPath } from "./compact-path";
import { countryFrame, partnersFrame, type Frame } from "./frame";
import { mediumShapes, worldShapes } from "./shapes";
import type { MapInput, MapPoint } from "./types";

// Below this many square pixels a partner's shape is too small to see or click
// (Singapore, Malta, Luxembourg): it gets a ring at its centre as well.
const SMALLEST_AREA = 30;

// "world", or a country's code in lower case: the map zoomed to it.
type MapView = string;

const drawnShapes = new Map<string, DrawnShapes | null>();

type DrawnShapes = {
  view: MapView;
  width: number;
  height: number;
  frame: Frame;
  // The SVG file every page with this map points into (`<use href="…#FR">`), under
  // /maps/, named by its content: browsers keep it once for every page and language.
  file: string;
  svg: string;
  areas: { code: string; ring: { x: number; y: number } | null }[];
};

// The countries' shapes of a view, drawn once per process: the land as one path and
// a path per partner, named by their ids in one SVG file (app/maps/[file]). Null for a
// country without a shape.
export function drawShapes(partnerCodes: readonly string[], view: MapView): DrawnShapes | null {
  const key = `${view}:${[...partnerCodes].sort().join(",")}`;
  if (!drawnShapes.has(key)) drawnShapes.set(key, drawShapesOf(new Set(partnerCodes), view));
  return drawnShapes.get(key)!;
}

function drawShapesOf(partnerCodes: Set<string>, view: MapView): DrawnShapes | null {
  const focusShape =
    view === "world" ? undefined : mediumShapes().find((shape) => shape.code === view.toUpperCase());
  if (view !== "world" && !focusShape) return null;
  const shapes = focusShape ? mediumShapes() : worldShapes();
  const isPartner = (code: string | null): code is string => code !== null && partnerCodes.has(code);
  const frame = focusShape
    ? countryFrame(focusShape)
    : partnersFrame(shapes.filter((shape) => isPartner(shape.code)));
  const path = geoPath(frame.projection).digits(0);
  const drawn = shapes
    .map((shape) => ({ shape, d: compactPath(path(shape) ?? "") }))
    .filter(({ d }) => d !== "");
  const inView = inFrame(frame);

  const land = drawn
    .filter(({ shape }) => !isPartner(shape.code))
    .map(({ d }) => d)
    .join("");
  const partners = drawn.filter(({ shape }) => isPartner(shape.code));
  const areas = partners.map(({ shape }) => {
    const [x, y] = path.centroid(shape);
    const small = path.area(shape) < SMALLEST_AREA;
    return { code: shape.code!, ring: small && inView([x, y]) ? { x: round(x), y: round(y) } : null };
  });
  const paths = [
    `<path id="land" d="${land}"/>`,
    ...partners.map(({ shape, d }) => `<path id="${shape.code}" d="${d}"/>`),
    // The country the map is zoomed to, outlined over everything else.
    ...(focusShape ? [`<path id="focus" d="${compactPath(path(focusShape) ?? "")}"/>`] : []),
  ];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${frame.width} ${frame.height}">${paths.join("")}</svg>\n`;
  const hash = createHash("sha256").update(svg).digest("hex").slice(0, 12);
  return {
    view,
    width: frame.width,
    height: frame.height,
    frame,
    file: `/maps/${view}-${hash}.svg`,
    svg,
    areas,
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

const inFrame =
  (frame: Frame) =>
  ([x, y]: [number, number]) =>
    x >= 0 && y >= 0 && x <= frame.width && y <= frame.height;

// A page's map: the shapes' file and which partners it holds, and the marks that are
// the page's own (cities as points, links as arcs), in the file's SVG coordinates. A
// partner without a shape of its own (the EU, the ASEAN Secretariat) gets the world.
export function drawMap({ areas, places, links, focus }: MapInput) {
  const codes = areas.map((area) => area.code);
  const shapes = (focus && drawShapes(codes, focus.toLowerCase())) || drawShapes(codes, "world")!;
  const project = (point: MapPoint) => shapes.frame.projection([point.longitude, point.latitude]);
  const inView = inFrame(shapes.frame);
  const arc = geoPath(shapes.frame.projection).digits(0);
  const draw = (object: GeoPermissibleObjects) => compactPath(arc(object) ?? "");

  const placeMarks = places.flatMap((place) => {
    const xy = place.point && project(place.point);
    return xy && inView(xy) ? [{ slug: place.slug, x: round(xy[0]), y: round(xy[1]) }] : [];
  });
  const linkMarks = links.flatMap((link) => {
    if (!link.from.point || !link.to.point) return [];
    const d = draw({
      type: "LineString",
      coordinates: [
        [link.from.point.longitude, link.from.point.latitude],
        [link.to.point.longitude, link.to.point.latitude],
      ],
    });
    return d ? [{ id: link.id, d }] : [];
  });
  return {
    width: shapes.width,
    height: shapes.height,
    file: shapes.file,
    focus: shapes.view !== "world",
    areas: shapes.areas,
    places: placeMarks,
    links: linkMarks,
  };
}
