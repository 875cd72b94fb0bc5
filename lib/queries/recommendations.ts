import "server-only";
import { db } from "@/lib/db";
import { entryTag, listTag, relatedTag } from "@/lib/cache-tags";
import { cachedEntryRead, cachedPublicRead } from "@/lib/public-data-cache";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Audience, RecommendationStatus } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, pageCount } from "@/lib/search-params";
import { inOrderOf } from "./in-order";
import { relatedProjectsSelect, statusChangeFields, statusHistoryOrder } from "./shared-selects";
import { englishTsQuery, matchCount } from "./ranked-search";
import { searchWords } from "./text-search";
import { findPage } from "@/lib/queries/read-page";

export type RecommendationFilters = {
  q?: string;
  // A workshop's slug.
  workshop?: string;
  status?: RecommendationStatus;
  audience?: Audience;
  page?: number;
};

export const recommendationListSelect = {
  id: true,
  title: true,
  language: true,
  audiences: true,
  status: true,
  endorsementCount: true,
  isSample: true,
  submittedByLabel: true,
  submittedAt: true,
  submittedByOrganisation: { select: { id: true, slug: true, name: true, verificationStatus: true } },
  workshop: { select: { slug: true, title: true } },
} satisfies Prisma.RecommendationSelect;

export const newestFirst: Prisma.RecommendationOrderByWithRelationInput[] = [
  { submittedAt: "desc" },
  { id: "desc" },
];

export type RecommendationListItem = Prisma.RecommendationGetPayload<{
  select: typeof recommendationListSelect;
}>;
export type RecommendationPage = {
  items: RecommendationListItem[];
  total: number;
  page: number;
  pageCount: number;
};

// Only published recommendations are listed; without a search, newest first.
export const listRecommendations = cachedPublicRead("recommendations", readRecommendations, () => [
  listTag("recommendations"),
  relatedTag("organizations"),
]);

async function readRecommendations(
  filters: RecommendationFilters,
  pageSize = PAGE_SIZE,
): Promise<RecommendationPage> {
  const page = filters.page ?? 1;
  const words = searchWords(filters.q);
  if (words.length) return searchRecommendations(words, filters, page, pageSize);
  const where: Prisma.RecommendationWhereInput = {
    visibility: "PUBLISHED",
    ...(filters.workshop && { workshop: { slug: filters.workshop } }),
    ...(filters.status && { status: filters.status }),
    ...(filters.audience && { audiences: { has: filters.audience } }),
  };
  return findPage(db.recommendation)(
    page,
    { where, orderBy: newestFirst, select: recommendationListSelect },
    pageSize,
  );
}

// The tsvector is invisible to Prisma: the page's ids are found in rank order with
// every filter applied in SQL, then those rows are loaded by id.
async function searchRecommendations(
  words: string[],
  filters: RecommendationFilters,
  page: number,
  pageSize: number,
): Promise<RecommendationPage> {
  const tsquery = await englishTsQuery(words);
  const conditions = [...recommendationConditions(filters), Prisma.sql`r."searchVector" @@ ${tsquery}`];
  const matching = Prisma.sql`FROM "Recommendation" r WHERE ${Prisma.join(conditions, " AND ")}`;

  // Materialised so the matches come from the GIN index, not a walk of a sort index.
  const rows = await db.$queryRaw<{ id: string; total: bigint }[]>`
    WITH matches AS MATERIALIZED (
      SELECT r.id, r."submittedAt", ts_rank(r."searchVector", ${tsquery}) AS rank ${matching})
    SELECT id, count(*) OVER () AS total FROM matches
    ORDER BY rank DESC, "submittedAt" DESC, id DESC
    LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  const total = await matchCount(rows, matching);
  const ids = rows.map((row) => row.id);
  const found = await db.recommendation.findMany({
    where: { id: { in: ids } },
    select: recommendationListSelect,
  });
  const items = inOrderOf(ids, found);
  return { items, total, page, pageCount: pageCount(total, pageSize) };
}

// The list's filters in SQL over "Recommendation" r, for searches and exports.
export function recommendationConditions(filters: RecommendationFilters): Prisma.Sql[] {
  return [
    Prisma.sql`r.visibility = 'PUBLISHED'`,
    filters.workshop &&
      Prisma.sql`r."workshopId" = (SELECT w.id FROM "Workshop" w WHERE w.slug = ${filters.workshop})`,
    filters.status && Prisma.sql`r.status = ${filters.status}::"RecommendationStatus"`,
    filters.audience && Prisma.sql`r.audiences @> ARRAY[${filters.audience}]::"Audience"[]`,
  ].filter((condition): condition is Prisma.Sql => Boolean(condition));
}

const recommendationDetailSelect = {
  ...recommendationListSelect,
  workshop: { select: { slug: true, title: true, sourceUrl: true, sourceTitle: true } },
  text: true,
  visibility: true,
  hiddenReason: true,
  forwardedToMeeting: {
    select: { slug: true, name: true, kind: true, city: true, startDate: true, endDate: true },
  },
  statusChanges: {
    orderBy: statusHistoryOrder,
    select: { ...statusChangeFields, meeting: { select: { name: true, city: true } } },
  },
  projects: relatedProjectsSelect,
} satisfies Prisma.RecommendationSelect;

// A hidden recommendation is returned too, so its page can say why it was hidden.
export const getRecommendation = cachedEntryRead(
  "recommendation",
  (id: string) => db.recommendation.findUnique({ where: { id }, select: recommendationDetailSelect }),
  (id) => [entryTag("recommendations", id), relatedTag("organizations")],
);

export type RecommendationDetail = NonNullable<Awaited<ReturnType<typeof getRecommendation>>>;

// The latest status changes of published recommendations, newest first (the Atom feed).
export async function listLatestStatusChanges(take = 50) {
  return db.recommendationStatusChange.findMany({
    where: { recommendation: { visibility: "PUBLISHED" } },
    orderBy: [{ changedAt: "desc" }, { id: "desc" }],
    take,
    select: {
      ...statusChangeFields,
      meeting: { select: { name: true } },
      recommendation: {
        select: { id: true, title: true, updatedAt: true, workshop: { select: { title: true } } },
      },
    },
  });
}

// The recommendation as its edit form needs it; whether this user may edit it is asked of `can`.
export async function getRecommendationForEdit(id: string) {
  return db.recommendation.findUnique({
    where: { id },
    select: {
      id: true,
      language: true,
      title: true,
      text: true,
      audiences: true,
      status: true,
      visibility: true,
      version: true,
      submittedByOrganisation: { select: { id: true, name: true } },
      submittedByLabel: true,
      workshop: { select: { slug: true, title: true } },
    },
  });
}
