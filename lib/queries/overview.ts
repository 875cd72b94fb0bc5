import "server-only";
import { db } from "@/lib/db";

export async function getOverviewCounts() {
  const [projects, organisations, partners, recommendations, partnerships, designations] = await Promise.all([
    db.project.count({ where: { visibility: "PUBLISHED" } }),
    db.organisation.count({ where: { mergedIntoId: null } }),
    db.country.count({ where: { asemPartner: true } }),
    db.recommendation.count({ where: { visibility: "PUBLISHED" } }),
    db.cityPartnership.count(),
    db.designation.count(),
  ]);
  return { projects, organisations, partners, recommendations, partnerships, designations };
}

const meetingSelect = {
  slug: true,
  name: true,
  kind: true,
  city: true,
  startDate: true,
  endDate: true,
  theme: true,
  country: { select: { name: true } },
} as const;

export async function listRecentMeetings(take = 4) {
  return db.meeting.findMany({
    where: { startDate: { not: null } },
    orderBy: { startDate: "desc" },
    take,
    select: meetingSelect,
  });
}

export async function listMeetings() {
  return db.meeting.findMany({
    orderBy: [{ kind: "asc" }, { number: "asc" }],
    select: meetingSelect,
  });
}

export async function listPublications() {
  return db.publication.findMany({
    orderBy: { title: "asc" },
    select: {
      slug: true,
      title: true,
      publisher: true,
      summary: true,
      url: true,
      year: true,
      workshopSlug: true,
      organisations: { select: { role: true, organisation: { select: { slug: true, name: true } } } },
    },
  });
}
