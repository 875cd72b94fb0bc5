import "server-only";
import {
  geoArea,
  geoCentroid,
  geoCircle,
  geoConicEqualArea,
  geoDistance,
  geoNaturalEarth1,
  geoPath,
  type GeoProjection,
} from "d3-geo";
import type { Feature, MultiPolygon, Position } from "geojson";
import type { CountryShape } from "./shapes";

export const MAP_WIDTH = 960;

type Parts = Feature<MultiPolygon>;

// A country's parts near its largest one: metropolitan France without French Guiana or
// Réunion, all of Indonesia, Portugal with the Azores. 3,000 km, as an angle on the sphere.
const NEAR = 3000 / 6371;

function mainParts(shape: CountryShape): Parts {
  const polygons: Position[][][] =
    shape.geometry.type === "Polygon" ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  const asFeature = (coordinates: Position[][]) =>
    ({ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates } }) as const;
  const largest = polygons.reduce((a, b) => (geoArea(asFeature(b)) > geoArea(asFeature(a)) ? b : a));
  const centre = geoCentroid(asFeature(largest));
  return {
    type: "Feature",
    properties: {},
    geometry: {
      type: "MultiPolygon",
      coordinates: polygons.filter((polygon) => geoDistance(centre, geoCentroid(asFeature(polygon))) <= NEAR),
    },
  };
}

export type Frame = { projection: GeoProjection; width: number; height: number };

const MARGIN = 12;

// Asia and Europe, from Ireland to New Zealand: every ASEM partner's mainland in view.
export function partnersFrame(partners: CountryShape[]): Frame {
  const extent: Parts = {
    type: "Feature",
    properties: {},
    geometry: {
      type: "MultiPolygon",
      coordinates: partners.flatMap((shape) => mainParts(shape).geometry.coordinates),
    },
  };
  // fitWidth puts the extent's top left corner at 0, 0.
  const projection = geoNaturalEarth1()
    .rotate([-80, 0])
    .fitWidth(MAP_WIDTH - 2 * MARGIN, extent);
  const [[, top], [, bottom]] = geoPath(projection).bounds(extent);
  const [x, y] = projection.translate();
  projection.translate([x + MARGIN, y + MARGIN - top]);
  const height = Math.ceil(bottom - top + 2 * MARGIN);
  return { projection: projection.clipExtent(viewBox(height)), width: MAP_WIDTH, height };
}

const viewBox = (height: number): [[number, number], [number, number]] => [
  [0, 0],
  [MAP_WIDTH, height],
];

// The least a country's map shows around its centre, in degrees: Singapore among its neighbours.
const LEAST_RADIUS = 4;

// One country in the middle, its neighbours around it; north is up (a conic projection
// whose standard parallels run through the country).
export function countryFrame(shape: CountryShape): Frame {
  const parts = mainParts(shape);
  const [longitude, latitude] = geoCentroid(parts);
  const height = Math.round(MAP_WIDTH * 0.6);
  const least = geoCircle().center([longitude, latitude]).radius(LEAST_RADIUS)();
  const projection = geoConicEqualArea()
    .parallels([latitude - 5, latitude + 5])
    .rotate([-longitude, 0])
    .fitExtent(
      [
        [MAP_WIDTH * 0.2, height * 0.12],
        [MAP_WIDTH * 0.8, height * 0.88],
      ],
      { type: "GeometryCollection", geometries: [parts.geometry, least] },
    )
    .clipExtent(viewBox(height));
  return { projection, width: MAP_WIDTH, height };
}
