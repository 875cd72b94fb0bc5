import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { statusHistoryOrder } from "./shared-selects";
import type { Prisma } from "@/lib/generated/prisma/client";

export const meetingSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  city: true,
  startDate: true,
  endDate: true,
  theme: true,
  country: { select: { code: true, name: true } },
  // More than one claim on the dates: sources disagree, and the meeting's page says so.
  _count: { select: { claims: { where: { topic: "dates" } } } },
} satisfies Prisma.MeetingSelect;

export type MeetingItem = Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>;

// Summits and culture ministers' meetings together, latest first; a meeting whose
// start date is not confirmed cannot be placed in time and is left out.
export async function listRecentMeetings(take = 4): Promise<MeetingItem[]> {
  return db.meeting.findMany({
    where: { startDate: { not: null } },
    orderBy: [{ startDate: "desc" }, { number: "desc" }],
    take,
    select: meetingSelect,
  });
}

// Every summit, then every culture ministers' meeting, each by number.
export async function listMeetings(): Promise<MeetingItem[]> {
  return db.meeting.findMany({
    orderBy: [{ kind: "asc" }, { number: "asc" }],
    select: meetingSelect,
  });
}

export const claimSelect = {
  orderBy: [{ topic: "asc" }, { position: "asc" }],
  select: { id: true, topic: true, statement: true, source: true },
} satisfies Prisma.Meeting$claimsArgs;

const meetingDetailSelect = {
  ...meetingSelect,
  number: true,
  note: true,
  sources: true,
  claims: claimSelect,
  workshops: {
    orderBy: { workshop: { startDate: "asc" } },
    select: {
      workshop: { select: { slug: true, title: true, place: true, startDate: true, endDate: true } },
    },
  },
  recommendationChanges: {
    where: { recommendation: { visibility: "PUBLISHED" } },
    orderBy: statusHistoryOrder,
    select: {
      id: true,
      note: true,
      recommendation: {
        select: { id: true, title: true, isSample: true, workshop: { select: { title: true } } },
      },
    },
  },
} satisfies Prisma.MeetingSelect;

// Cached per request: a meeting's generateMetadata and body share one query. With what
// reached it: the workshops that reported to it and the recommendations forwarded to it.
export const getMeetingBySlug = cache((slug: string) =>
  db.meeting.findUnique({ where: { slug }, select: meetingDetailSelect }),
);

export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeetingBySlug>>>;
