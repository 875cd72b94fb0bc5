import "server-only";
import { db } from "@/lib/db";
import type { Programme } from "@/lib/generated/prisma/enums";

export type DesignationFilters = { programme?: Programme; year?: number; city?: string };

// All designations shown on /cities, with each one's partnerships, in one query.
export async function listDesignations(filters: DesignationFilters) {
  return db.designation.findMany({
    where: {
      ...(filters.programme && { programme: filters.programme }),
      ...(filters.year && { year: filters.year }),
      ...(filters.city && { city: { slug: filters.city } }),
    },
    orderBy: [{ year: "desc" }, { programme: "asc" }, { city: { name: "asc" } }],
    select: {
      id: true,
      programme: true,
      year: true,
      status: true,
      note: true,
      city: {
        select: { slug: true, name: true, nativeName: true, country: { select: { code: true, name: true } } },
      },
      ecocPartnerships: {
        select: { id: true, cceaDesignation: { select: { year: true, city: { select: { name: true } } } } },
      },
      cceaPartnerships: {
        select: { id: true, ecocDesignation: { select: { year: true, city: { select: { name: true } } } } },
      },
    },
  });
}

export type DesignationRow = Awaited<ReturnType<typeof listDesignations>>[number];

export async function listDesignationYears() {
  const years = await db.designation.findMany({
    distinct: ["year"],
    orderBy: { year: "desc" },
    select: { year: true },
  });
  return years.map(({ year }) => year);
}
