import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Listable } from "./read-page";

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

// The entries of one model's rows that `args` pick, counted and read in chunks in a stable order.
function section<Model>(model: Model) {
  const delegate = model as Listable;
  return <Args extends Prisma.Args<Model, "findMany">>(
    args: Args,
    entry: (row: Prisma.Result<Model, Args, "findMany">[number]) => SitemapEntry,
  ) => ({
    count: () => delegate.count({ where: (args as { where?: object }).where }),
    chunk: async (skip: number) => {
      const rows = await delegate.findMany({ ...args, orderBy: { id: "asc" }, skip, take: SITEMAP_CHUNK });
      return (rows as Prisma.Result<Model, Args, "findMany">).map(entry);
    },
  });
}

// Each kind of entry: how many, and one chunk of them.
export const sitemapSections = {
  projects: section(db.project)({ where: published, select: { slug: true, updatedAt: true } }, (p) => ({
    path: `/projects/${p.slug}`,
    lastModified: p.updatedAt,
  })),
  recommendations: section(db.recommendation)(
    { where: published, select: { id: true, updatedAt: true } },
    (r) => ({ path: `/recommendations/${r.id}`, lastModified: r.updatedAt }),
  ),
  organizations: section(db.organisation)({ where: { mergedIntoId: null }, select: { slug: true } }, (o) => ({
    path: `/organizations/${o.slug}`,
  })),
  partnerships: section(db.cityPartnership)({ select: { id: true, updatedAt: true } }, (p) => ({
    path: `/partnerships/${p.id}`,
    lastModified: p.updatedAt,
  })),
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
