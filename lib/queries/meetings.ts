import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const meetingSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  city: true,
  startDate: true,
  endDate: true,
  theme: true,
  country: { select: { code: true, name: true } },
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
