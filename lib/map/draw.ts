import "server-only";
import { geoPath, type GeoPermissibleObjects } from "d3-geo";
import { compactPath } from "./compact-path";
import { countryFrame, partnersFrame } from "./frame";
import { mediumShapes, worldShapes } from "./shapes";
import type { MapInput, MapPoint } from "./types";

// Below this many square pixels a partner's shape is too small to see or click
// (Singapore, Malta, Luxembourg): it gets a ring at its centre as well.
const SMALLEST_AREA = 30;

export type DrawnMap = ReturnType<typeof drawMap>;

// The map's marks in SVG coordinates: paths for shapes and arcs, points for cities.
export function drawMap({ areas, places, links, focus }: MapInput) {
  const areaCodes = new Set(areas.map((area) => area.code));
  const focusShape = focus ? mediumShapes().find((shape) => shape.code === focus) : undefined;
  const shapes = focusShape ? mediumShapes() : worldShapes();
  const frame = focusShape
    ? countryFrame(focusShape)
    : partnersFrame(shapes.filter((shape) => shape.code && areaCodes.has(shape.code)));
  const path = geoPath(frame.projection).digits(0);
  const draw = (object: GeoPermissibleObjects) => compactPath(path(object) ?? "");
  const inView = ([x, y]: [number, number]) => x >= 0 && y >= 0 && x <= frame.width && y <= frame.height;
  const project = (point: MapPoint) => frame.projection([point.longitude, point.latitude]);

  const drawnShapes = shapes.map((shape) => ({ shape, d: draw(shape) })).filter(({ d }) => d !== "");
  const background = drawnShapes
    .filter(({ shape }) => !shape.code || !areaCodes.has(shape.code))
    .map(({ d }) => d)
    .join("");
  const areaMarks = drawnShapes.flatMap(({ shape, d }) => {
    if (!shape.code || !areaCodes.has(shape.code)) return [];
    const small = path.area(shape) < SMALLEST_AREA;
    const [x, y] = path.centroid(shape);
    return [{ code: shape.code, d, ring: small && inView([x, y]) ? { x, y } : null }];
  });
  const placeMarks = places.flatMap((place) => {
    const xy = place.point && project(place.point);
    return xy && inView(xy) ? [{ slug: place.slug, x: xy[0], y: xy[1] }] : [];
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
    width: frame.width,
    height: frame.height,
    background,
    // The country the map is zoomed to, outlined over everything else.
    focus: focusShape ? draw(focusShape) : null,
    areas: areaMarks,
    places: placeMarks,
    links: linkMarks,
  };
}
