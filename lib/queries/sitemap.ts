import "server-only";
import { db } from "@/lib/db";

// Every public entry's address for the sitemap, in chunks of at most SITEMAP_CHUNK (the
// protocol allows 50,000); the lists and other pages without an entry come first.
export const SITEMAP_CHUNK = 10_000;

export const staticPaths = [
  "/",
  "/projects",
  "/recommendations",
  "/partnerships",
  "/organizations",
  "/countries",
  "/cities",
  "/workshops",
  "/meetings",
  "/about",
  "/developers",
];

export type SitemapEntry = { path: string; lastModified?: Date };

const published = { visibility: "PUBLISHED" } as const;

// Each kind of entry: how many, and one chunk of them in a stable order.
export const sitemapSections = {
  projects: {
    count: () => db.project.count({ where: published }),
    chunk: async (skip: number): Promise<SitemapEntry[]> =>
      (
        await db.project.findMany({
          where: published,
          orderBy: { id: "asc" },
          skip,
          take: SITEMAP_CHUNK,
          select: { slug: true, updatedAt: true },
        })
      ).map((p) => ({ path: `/projects/${p.slug}`, lastModified: p.updatedAt })),
  },
  recommendations: {
    count: () => db.recommendation.count({ where: published }),
    chunk: async (skip: number): Promise<SitemapEntry[]> =>
      (
        await db.recommendation.findMany({
          where: published,
          orderBy: { id: "asc" },
          skip,
          take: SITEMAP_CHUNK,
          select: { id: true, updatedAt: true },
        })
      ).map((r) => ({ path: `/recommendations/${r.id}`, lastModified: r.updatedAt })),
  },
  organizations: {
    count: () => db.organisation.count({ where: { mergedIntoId: null } }),
    chunk: async (skip: number): Promise<SitemapEntry[]> =>
      (
        await db.organisation.findMany({
          where: { mergedIntoId: null },
          orderBy: { id: "asc" },
          skip,
          take: SITEMAP_CHUNK,
          select: { slug: true },
        })
      ).map((o) => ({ path: `/organizations/${o.slug}` })),
  },
  partnerships: {
    count: () => db.cityPartnership.count(),
    chunk: async (skip: number): Promise<SitemapEntry[]> =>
      (
        await db.cityPartnership.findMany({
          orderBy: { id: "asc" },
          skip,
          take: SITEMAP_CHUNK,
          select: { id: true, updatedAt: true },
        })
      ).map((p) => ({ path: `/partnerships/${p.id}`, lastModified: p.updatedAt })),
  },
  places: {
    count: async () => 1,
    chunk: async (): Promise<SitemapEntry[]> => {
      const [countries, workshops, meetings] = await Promise.all([
        db.country.findMany({ orderBy: { code: "asc" }, select: { code: true } }),
        db.workshop.findMany({ orderBy: { slug: "asc" }, select: { slug: true } }),
        db.meeting.findMany({ orderBy: { slug: "asc" }, select: { slug: true } }),
      ]);
      return [
        ...staticPaths.map((path) => ({ path })),
        ...countries.map((c) => ({ path: `/countries/${c.code}` })),
        ...workshops.map((w) => ({ path: `/workshops/${w.slug}` })),
        ...meetings.map((m) => ({ path: `/meetings/${m.slug}` })),
      ];
    },
  },
};

export type SitemapSection = keyof typeof sitemapSections;

// The index: one file per chunk of each section, as "projects-1".
export async function listSitemapFiles(): Promise<string[]> {
  const counts = await Promise.all(
    Object.entries(sitemapSections).map(async ([name, section]) => [name, await section.count()] as const),
  );
  return counts.flatMap(([name, count]) =>
    Array.from({ length: Math.max(1, Math.ceil(count / SITEMAP_CHUNK)) }, (_, i) => `${name}-${i + 1}`),
  );
}

export async function getSitemapFile(file: string): Promise<SitemapEntry[] | null> {
  const match = /^([a-z]+)-([1-9]\d*)$/.exec(file);
  const section = match && sitemapSections[match[1] as SitemapSection];
  if (!match || !section) return null;
  const skip = (Number(match[2]) - 1) * SITEMAP_CHUNK;
  if (skip > 0 && skip >= (await section.count())) return null;
  return section.chunk(skip);
}
