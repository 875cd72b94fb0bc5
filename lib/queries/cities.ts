import "server-only";
import { db } from "@/lib/db";
import { countryOptions } from "@/lib/places";
import type { Programme } from "@/lib/generated/prisma/enums";
import { cityPlaceSelect } from "./shared-selects";

export type DesignationFilters = { programme?: Programme; year?: number; city?: string };

const partnershipSelect = { id: true, status: true, isSample: true } as const;
const otherSideSelect = {
  select: { year: true, city: { select: { name: true, nativeName: true, countryCode: true } } },
} as const;

// All designations shown on /cities with their partnerships, batched by Prisma (no query per row).
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
      city: { select: { ...cityPlaceSelect, coordinateSource: true, coordinateMatch: true } },
      ecocPartnerships: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { ...partnershipSelect, cceaDesignation: otherSideSelect },
      },
      cceaPartnerships: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { ...partnershipSelect, ecocDesignation: otherSideSelect },
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

// The countries with an ECoC or CCEA city: the ones a partnership can involve.
export async function listDesignationCountryOptions(locale: string) {
  const countries = await db.country.findMany({
    where: { cities: { some: { designations: { some: {} } } } },
    select: { code: true, name: true },
  });
  return countryOptions(countries, locale);
}
