import "server-only";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world110m from "world-atlas/countries-110m.json";
import world50m from "world-atlas/countries-50m.json";

// Natural Earth's countries (world-atlas), keyed by ISO 3166-1 alpha-2. The world map
// draws the 1:110m shapes; a country too small for that scale (Singapore, Malta) and
// a map zoomed to one country take the 1:50m ones.
export type CountryShape = Feature<Polygon | MultiPolygon, { name: string }> & { code: string | null };

function shapesOf(topology: unknown): CountryShape[] {
  const world = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return feature(world, world.objects.countries).features.map((shape) => ({
    ...(shape as Feature<Polygon | MultiPolygon, { name: string }>),
    code: shape.id === undefined ? null : (countries.numericToAlpha2(String(shape.id)) ?? null),
  }));
}

let small: CountryShape[] | undefined;
let medium: CountryShape[] | undefined;

export function worldShapes(): CountryShape[] {
  if (!small) {
    const smallScale = shapesOf(world110m);
    const drawn = new Set(smallScale.map((shape) => shape.code));
    small = [...smallScale, ...mediumShapes().filter((shape) => shape.code && !drawn.has(shape.code))];
  }
  return small;
}

export function mediumShapes(): CountryShape[] {
  medium ??= shapesOf(world50m);
  return medium;
}
