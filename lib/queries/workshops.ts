import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { listTag } from "@/lib/cache-tags";
import { cachedPublicRead } from "@/lib/public-data-cache";
import { claimSelect, meetingSelect } from "./meetings";
import { recommendationListSelect } from "./recommendations";

const organiserSelect = {
  orderBy: { position: "asc" },
  select: {
    id: true,
    country: { select: { code: true, name: true } },
    organisation: { select: { slug: true, name: true } },
  },
} as const;

// Newest first, with the number of published recommendations counted in the database.
export async function listWorkshops() {
  return db.workshop.findMany({
    orderBy: { startDate: "desc" },
    select: {
      slug: true,
      title: true,
      language: true,
      place: true,
      startDate: true,
      endDate: true,
      country: { select: { code: true, name: true } },
      organisers: organiserSelect,
      _count: { select: { recommendations: { where: { visibility: "PUBLISHED" } } } },
    },
  });
}

// Cached per request: a detail page's generateMetadata and body share one query.
export const getWorkshopBySlug = cache(async (slug: string) => {
  return db.workshop.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      place: true,
      startDate: true,
      endDate: true,
      participantCount: true,
      participantNote: true,
      summary: true,
      sourceUrl: true,
      sourceTitle: true,
      country: { select: { code: true, name: true } },
      organisers: organiserSelect,
      claims: claimSelect,
      meetings: {
        orderBy: { meeting: { startDate: "asc" } },
        select: {
          meeting: { select: meetingSelect },
        },
      },
      recommendations: {
        where: { visibility: "PUBLISHED" },
        orderBy: [{ position: "asc" }, { submittedAt: "asc" }],
        select: recommendationListSelect,
      },
    },
  });
});

export type WorkshopDetail = NonNullable<Awaited<ReturnType<typeof getWorkshopBySlug>>>;
export type WorkshopRecommendation = WorkshopDetail["recommendations"][number];

export const listWorkshopOptions = cachedPublicRead(
  "workshop-options",
  async () => {
    const workshops = await db.workshop.findMany({
      orderBy: { startDate: "desc" },
      select: { slug: true, title: true },
    });
    return workshops.map((workshop) => ({ value: workshop.slug, label: workshop.title }));
  },
  () => [listTag("workshops")],
);
