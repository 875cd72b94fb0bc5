import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cityPlaceSelect } from "./shared-selects";

const documentedLinkSelect = {
  id: true,
  slug: true,
  kind: true,
  kindLabel: true,
  date: true,
  summary: true,
  programme: true,
  sources: true,
  confidence: true,
  cities: {
    orderBy: { position: "asc" },
    select: {
      nameInSource: true,
      designation: { select: { id: true, programme: true, year: true } },
      city: { select: cityPlaceSelect },
    },
  },
} satisfies Prisma.DocumentedLinkSelect;

export type DocumentedLinkItem = Prisma.DocumentedLinkGetPayload<{ select: typeof documentedLinkSelect }>;

export type DocumentedLinkFilters = { country?: string; city?: string };

// Links between cities that public sources document, in the data file's order: all,
// a country's (either end in it) or a city's.
export async function listDocumentedLinks(
  filters: DocumentedLinkFilters = {},
): Promise<DocumentedLinkItem[]> {
  return db.documentedLink.findMany({
    where: {
      ...(filters.country && { cities: { some: { city: { countryCode: filters.country } } } }),
      ...(filters.city && { cities: { some: { city: { slug: filters.city } } } }),
    },
    orderBy: { position: "asc" },
    select: documentedLinkSelect,
  });
}

// The two titles a curated pairing could start from: a documented link between an
// ECoC and a CCEA that holds both titles, or null.
export function pairableTitles(link: DocumentedLinkItem) {
  const titles = link.cities.map((end) => end.designation).filter((title) => title !== null);
  const ecoc = titles.filter((title) => title.programme === "ECOC");
  const ccea = titles.filter((title) => title.programme === "CCEA");
  return ecoc.length === 1 && ccea.length === 1 ? { ecoc: ecoc[0].id, ccea: ccea[0].id } : null;
}

// For the admins: documented links between an ECoC and a CCEA title, each with whether
// a curated pairing of the two titles exists yet.
export async function listPairableDocumentedLinks() {
  const links = (await listDocumentedLinks()).flatMap((link) => {
    const titles = pairableTitles(link);
    return titles ? [{ link, titles }] : [];
  });
  const paired = await db.cityPartnership.findMany({
    where: {
      OR: links.map(({ titles }) => ({ ecocDesignationId: titles.ecoc, cceaDesignationId: titles.ccea })),
    },
    select: { id: true, ecocDesignationId: true, cceaDesignationId: true },
  });
  return links.map(({ link, titles }) => ({
    link,
    titles,
    pairingId:
      paired.find((p) => p.ecocDesignationId === titles.ecoc && p.cceaDesignationId === titles.ccea)?.id ??
      null,
  }));
}

// The rationale a pairing started from a documented link begins with: the fact and its sources.
export function documentedRationale(link: DocumentedLinkItem) {
  return `Started from a documented link (${link.kindLabel}${link.date ? `, ${link.date}` : ""}): ${link.summary} Sources: ${link.sources.join("; ")}.`;
}
