import "server-only";
import { db } from "@/lib/db";
import { getLocale, getTranslations } from "next-intl/server";
import { label } from "@/lib/labels";
import type { MapInput, MapLink, MapPlace } from "@/lib/map/types";
import { cityName, countryName } from "@/lib/places";
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
  nativeName: true,
  latitude: true,
  longitude: true,
  coordinateSource: true,
  coordinateMatch: true,
  country: { select: { code: true, name: true } },
} as const;

async function listMapPlaces(countryCode?: string): Promise<MapPlace[]> {
  const locale = await getLocale();
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
    name: cityName(city, locale),
    countryName: countryName(city.country, locale),
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
  const [tLabels, locale] = await Promise.all([getTranslations("labels"), getLocale()]);
  const pairings = await db.cityPartnership.findMany({
    where: partnershipWhere({ ...filters, page: undefined }),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, status: true, ecocDesignation: sideSelect, cceaDesignation: sideSelect },
  });
  return pairings.map(({ id, status, ecocDesignation: ecoc, cceaDesignation: ccea }) => {
    const from = `${cityName(ecoc.city, locale)} ${ecoc.year}`;
    const to = `${cityName(ccea.city, locale)} ${ccea.year}`;
    return {
      id: `pairing-${id}`,
      kind: "pairing",
      href: `/partnerships/${id}`,
      name: `${from} – ${to}`,
      note: label(tLabels, "partnershipStatus", status),
      from: {
        slug: ecoc.city.slug,
        name: `${from} (${countryName(ecoc.city.country, locale)})`,
        point: pointOf(ecoc.city),
      },
      to: {
        slug: ccea.city.slug,
        name: `${to} (${countryName(ccea.city.country, locale)})`,
        point: pointOf(ccea.city),
      },
    };
  });
}

// Documented links as arcs, one per two cities next to each other in the link's list.
async function listDocumentedMapLinks(filters: DocumentedLinkFilters): Promise<MapLink[]> {
  const [links, locale] = await Promise.all([listDocumentedLinks(filters), getLocale()]);
  return links.flatMap((link) =>
    link.cities.slice(1).map((end, index) => {
      const [from, to] = [link.cities[index], end].map(({ city, designation }) => ({
        slug: city.slug,
        name: `${cityName(city, locale)}${designation ? ` ${designation.year}` : ""} (${countryName(city.country, locale)})`,
        point: pointOf(city),
      }));
      return {
        id: `documented-${link.slug}-${index}`,
        kind: "documented" as const,
        href: `/partnerships#documented-${link.slug}`,
        name: link.cities.map((c) => cityName(c.city, locale)).join(" – "),
        note: `${link.kindLabel}${link.date ? `, ${link.date}` : ""}`,
        from,
        to,
      };
    }),
  );
}

async function listMapAreas() {
  const [partners, locale] = await Promise.all([listPartners(), getLocale()]);
  return partners.map((partner) => ({
    code: partner.code,
    name: countryName(partner, locale),
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
