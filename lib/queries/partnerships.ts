import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CooperationArea, PartnershipStatus } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE } from "@/lib/search-params";
import { findPage } from "@/lib/queries/read-page";
import { relatedProjectsSelect, statusChangeFields, statusHistoryOrder } from "./shared-selects";

export type PartnershipFilters = {
  status?: PartnershipStatus;
  country?: string;
  area?: CooperationArea;
  year?: number;
  page?: number;
};

const designationSelect = {
  select: {
    year: true,
    programme: true,
    status: true,
    note: true,
    city: { select: { slug: true, name: true, country: { select: { code: true, name: true } } } },
  },
} as const;

export const partnershipListSelect = {
  id: true,
  status: true,
  cooperationAreas: true,
  isSample: true,
  ecocDesignation: designationSelect,
  cceaDesignation: designationSelect,
} satisfies Prisma.CityPartnershipSelect;

export type PartnershipListItem = Prisma.CityPartnershipGetPayload<{ select: typeof partnershipListSelect }>;

export const partnershipOrder: Prisma.CityPartnershipOrderByWithRelationInput[] = [
  { createdAt: "desc" },
  { id: "desc" },
];

export async function listPartnerships(filters: PartnershipFilters, pageSize = PAGE_SIZE) {
  const where = partnershipWhere(filters);
  return findPage(db.cityPartnership)(
    filters.page,
    { where, orderBy: partnershipOrder, select: partnershipListSelect },
    pageSize,
  );
}

// A country or a year matches either side of the pairing.
export function partnershipWhere(filters: PartnershipFilters): Prisma.CityPartnershipWhereInput {
  const either = (condition: Prisma.DesignationWhereInput): Prisma.CityPartnershipWhereInput[] => [
    { ecocDesignation: condition },
    { cceaDesignation: condition },
  ];
  return {
    ...(filters.status && { status: filters.status }),
    ...(filters.area && { cooperationAreas: { has: filters.area } }),
    AND: [
      ...(filters.country ? [{ OR: either({ city: { countryCode: filters.country } }) }] : []),
      ...(filters.year ? [{ OR: either({ year: filters.year }) }] : []),
    ],
  };
}

export async function listLatestPartnerships(take = 4) {
  return db.cityPartnership.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: partnershipListSelect,
  });
}

const partnershipDetailSelect = {
  ...partnershipListSelect,
  sectors: true,
  rationale: true,
  createdAt: true,
  statusChanges: {
    orderBy: statusHistoryOrder,
    select: { ...statusChangeFields, changedBy: { select: { name: true } } },
  },
  projects: relatedProjectsSelect,
} satisfies Prisma.CityPartnershipSelect;

// Cached per request: a detail page's generateMetadata and body share one query.
export const getPartnership = cache((id: string) =>
  db.cityPartnership.findUnique({ where: { id }, select: partnershipDetailSelect }),
);

export type PartnershipDetail = NonNullable<Awaited<ReturnType<typeof getPartnership>>>;
