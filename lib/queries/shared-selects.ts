import type { Prisma } from "@/lib/generated/prisma/client";

// Selects that several domains' reads share, so that what a view shows of a thing is said once.

// A status change, of a recommendation or of a pairing.
export const statusChangeFields = {
  id: true,
  fromStatus: true,
  toStatus: true,
  changedAt: true,
  note: true,
} as const;

// The history of a recommendation's or a pairing's status, oldest change first.
export const statusHistoryOrder = [{ changedAt: "asc" as const }, { id: "asc" as const }];

// The published projects an entry (a recommendation, a pairing) led to, newest first.
export const relatedProjectsSelect = {
  where: { visibility: "PUBLISHED" },
  orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  take: 50,
  select: { slug: true, title: true, isSample: true },
} satisfies Prisma.ProjectFindManyArgs;

// A city as maps and lists place it.
export const cityPlaceSelect = {
  slug: true,
  name: true,
  nativeName: true,
  latitude: true,
  longitude: true,
  country: { select: { code: true, name: true } },
} as const;
