import type { Programme } from "@/lib/generated/prisma/enums";

// What the map draws, read by lib/queries/map.ts. Every mark is a link with a name.
export type MapPoint = { longitude: number; latitude: number };

// An ASEM partner, shaded by how many published projects involve it.
export type MapArea = { code: string; name: string; href: string; activity: number; drawn?: boolean };

// An ECoC or CCEA city; without a point when no source places it (listed, not drawn).
export type MapPlace = {
  slug: string;
  name: string;
  countryName: string;
  href: string;
  titles: { programme: Programme; year: number }[];
  point: MapPoint | null;
  source: string | null;
  match: string | null;
};

// Any link between two cities drawn as an arc: a curated pairing, or another kind of
// link (issue 18's documented links) drawn in a style of its own.
export type MapLinkKind = "pairing" | "documented";

// A city at one end of a link: its slug, as MapPlace has it, and its name for the table.
export type LinkEnd = { slug: string; name: string; point: MapPoint | null };

export type MapLink = {
  id: string;
  kind: MapLinkKind;
  href: string;
  // The cities it joins, "Chemnitz 2025 – Kamakura 2025": the map names it by its kind and these.
  name: string;
  note: string;
  from: LinkEnd;
  to: LinkEnd;
};

export type MapInput = {
  areas: MapArea[];
  places: MapPlace[];
  links: MapLink[];
  // A country's code: the map is zoomed to it.
  focus?: string;
};
