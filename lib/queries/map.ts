import "server-only";
import { db } from "@/lib/db";
import { partnershipStatusLabels } from "@/lib/labels";
import type { MapInput, MapLink, MapPlace } from "@/lib/map/types";
import { listPartners } from "./countries";
import { listDocumentedLinks, type DocumentedLinkFilters } from "./documented-links";
import { partnershipWhere, type PartnershipFilters } from "./partnerships";

const pointOf = (city: { latitude: number | null; longitude: number | null }) =>
  city.latitude === null || city.longitude === null
    ? null
    : { latitude: city.latitude, longitude: city.longitude };

const citySelect = {
  slug: true,
  name: true,
  latitude: true,
  longitude: true,
  coordinateSource: true,
  coordinateMatch: true,
  country: { select: { code: true, name: true } },
} as const;

async function listMapPlaces(countryCode?: string): Promise<MapPlace[]> {
  const cities = await db.city.findMany({
    where: {
      OR: [{ designations: { some: {} } }, { documentedLinks: { some: {} } }],
      ...(countryCode && { countryCode }),
    },
    orderBy: [{ country: { name: "asc" } }, { name: "asc" }],
    select: {
      ...citySelect,
      designations: { orderBy: { year: "asc" }, select: { programme: true, year: true } },
    },
  });
  return cities.map((city) => ({
    slug: city.slug,
    name: city.name,
    countryName: city.country.name,
    href: `/cities?city=${city.slug}`,
    titles: city.designations,
    point: pointOf(city),
    source: city.coordinateSource,
    match: city.coordinateMatch,
  }));
}

const sideSelect = { select: { year: true, city: { select: citySelect } } } as const;

// Curated pairings as links: those a list's filters match, or a country's.
async function listPairingLinks(filters: PartnershipFilters): Promise<MapLink[]> {
  const pairings = await db.cityPartnership.findMany({
    where: partnershipWhere({ ...filters, page: undefined }),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, status: true, ecocDesignation: sideSelect, cceaDesignation: sideSelect },
  });
  return pairings.map(({ id, status, ecocDesignation: ecoc, cceaDesignation: ccea }) => {
    const from = `${ecoc.city.name} ${ecoc.year}`;
    const to = `${ccea.city.name} ${ccea.year}`;
    return {
      id: `pairing-${id}`,
      kind: "pairing",
      href: `/partnerships/${id}`,
      name: `${from} – ${to}`,
      note: partnershipStatusLabels[status],
      from: { slug: ecoc.city.slug, name: `${from} (${ecoc.city.country.name})`, point: pointOf(ecoc.city) },
      to: { slug: ccea.city.slug, name: `${to} (${ccea.city.country.name})`, point: pointOf(ccea.city) },
    };
  });
}

// Documented links as arcs, one per two cities next to each other in the link's list.
async function listDocumentedMapLinks(filters: DocumentedLinkFilters): Promise<MapLink[]> {
  const links = await listDocumentedLinks(filters);
  return links.flatMap((link) =>
    link.cities.slice(1).map((end, index) => {
      const [from, to] = [link.cities[index], end].map(({ city, designation }) => ({
        slug: city.slug,
        name: `${city.name}${designation ? ` ${designation.year}` : ""} (${city.country.name})`,
        point: pointOf(city),
      }));
      return {
        id: `documented-${link.slug}-${index}`,
        kind: "documented" as const,
        href: `/partnerships#documented-${link.slug}`,
        name: link.cities.map((c) => c.city.name).join(" – "),
        note: `${link.kindLabel}${link.date ? `, ${link.date}` : ""}`,
        from,
        to,
      };
    }),
  );
}

async function listMapAreas() {
  const partners = await listPartners();
  return partners.map((partner) => ({
    code: partner.code,
    name: partner.name,
    href: `/countries/${partner.code}`,
    activity: partner.projectCount,
    drawn: partner.kind === "STATE",
  }));
}

// The map of /countries: every partner, city, pairing and documented link.
export async function getPartnersMap(): Promise<MapInput> {
  const [areas, places, pairings, documented] = await Promise.all([
    listMapAreas(),
    listMapPlaces(),
    listPairingLinks({}),
    listDocumentedMapLinks({}),
  ]);
  return { areas, places, links: [...pairings, ...documented] };
}

// The map of /partnerships: the pairings the list's filters match and their cities only
// (every list page carries it, so it carries no more than it is about).
export async function getPairingsMap(filters: PartnershipFilters): Promise<MapInput> {
  const [areas, places, pairings, documented] = await Promise.all([
    listMapAreas(),
    listMapPlaces(),
    listPairingLinks(filters),
    listDocumentedMapLinks({ country: filters.country }),
  ]);
  const links = [...pairings, ...documented];
  const paired = new Set(links.flatMap((link) => [link.from.slug, link.to.slug]));
  return { areas, places: places.filter((place) => paired.has(place.slug)), links };
}

// A country's page: zoomed to it, its own cities, their pairings and documented links, partners around it shaded.
export async function getCountryMap(code: string): Promise<MapInput> {
  const [areas, places, pairings, documented] = await Promise.all([
    listMapAreas(),
    listMapPlaces(code),
    listPairingLinks({ country: code }),
    listDocumentedMapLinks({ country: code }),
  ]);
  return { areas, places, links: [...pairings, ...documented], focus: code };
}
