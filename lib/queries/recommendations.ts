import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Audience, RecommendationStatus } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, pageCount } from "@/lib/search-params";
import { prefixTsQuery } from "./text-search";

export type RecommendationFilters = {
  q?: string;
  workshop?: string;
  status?: RecommendationStatus;
  audience?: Audience;
  page?: number;
};

const listSelect = {
  id: true,
  title: true,
  audiences: true,
  status: true,
  endorsementCount: true,
  isSample: true,
  submittedByLabel: true,
  submittedAt: true,
  submittedByOrganisation: { select: { slug: true, name: true } },
  workshop: { select: { slug: true, title: true } },
} satisfies Prisma.RecommendationSelect;

export type RecommendationListItem = Prisma.RecommendationGetPayload<{ select: typeof listSelect }>;

export async function listRecommendations(filters: RecommendationFilters) {
  const page = filters.page ?? 1;
  const query = prefixTsQuery(filters.q);
  const where: Prisma.RecommendationWhereInput = {
    visibility: "PUBLISHED",
    ...(filters.workshop && { workshop: { slug: filters.workshop } }),
    ...(filters.status && { status: filters.status }),
    ...(filters.audience && { audiences: { has: filters.audience } }),
  };
  if (query) {
    // Ranked full-text match first; the other filters then apply to those ids.
    const matches = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Recommendation"
      WHERE visibility = 'PUBLISHED' AND "searchVector" @@ to_tsquery('english', ${query})
      ORDER BY ts_rank("searchVector", to_tsquery('english', ${query})) DESC, "submittedAt" DESC
      LIMIT 5000`;
    const ranked = matches.map((row) => row.id);
    const filtered = await db.recommendation.findMany({
      where: { ...where, id: { in: ranked } },
      select: { id: true },
    });
    const keep = new Set(filtered.map((row) => row.id));
    const ids = ranked.filter((id) => keep.has(id));
    const pageIds = ids.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    const rows = await db.recommendation.findMany({ where: { id: { in: pageIds } }, select: listSelect });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return {
      items: pageIds.map((id) => byId.get(id)!),
      total: ids.length,
      page,
      pageCount: pageCount(ids.length),
    };
  }
  const [items, total] = await Promise.all([
    db.recommendation.findMany({
      where,
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: listSelect,
    }),
    db.recommendation.count({ where }),
  ]);
  return { items, total, page, pageCount: pageCount(total) };
}

export async function getRecommendation(id: string) {
  return db.recommendation.findUnique({
    where: { id },
    select: {
      ...listSelect,
      text: true,
      visibility: true,
      hiddenReason: true,
      forwardedToMeeting: { select: { name: true, city: true, startDate: true } },
      statusChanges: {
        orderBy: [{ changedAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          changedAt: true,
          note: true,
          meeting: { select: { name: true, city: true } },
        },
      },
      projects: {
        where: { visibility: "PUBLISHED" },
        orderBy: { createdAt: "desc" },
        take: 20,
        select: { slug: true, title: true, isSample: true },
      },
    },
  });
}

export type RecommendationDetail = NonNullable<Awaited<ReturnType<typeof getRecommendation>>>;
