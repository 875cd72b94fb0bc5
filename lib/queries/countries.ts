import "server-only";
import { db } from "@/lib/db";
import type { Region } from "@/lib/generated/prisma/enums";

// Options for country filters: ASEM partners first by name, then other hosts of ECoC cities.
export async function listCountryOptions() {
  const countries = await db.country.findMany({
    select: { code: true, name: true },
    orderBy: [{ asemPartner: "desc" }, { name: "asc" }],
  });
  return countries.map((country) => ({ value: country.code, label: country.name }));
}

export async function listPartners() {
  const [partners, projectCounts] = await Promise.all([
    db.country.findMany({
      where: { asemPartner: true },
      orderBy: { name: "asc" },
      select: { code: true, name: true, kind: true, region: true, joinedYear: true, inAsem2010List: true },
    }),
    db.$queryRaw<{ countryCode: string; count: bigint }[]>`
      SELECT pc."countryCode", count(*) AS count
      FROM "ProjectCountry" pc JOIN "Project" p ON p.id = pc."projectId" AND p.visibility = 'PUBLISHED'
      GROUP BY pc."countryCode"`,
  ]);
  const counts = new Map(projectCounts.map((row) => [row.countryCode, Number(row.count)]));
  return partners.map((partner) => ({ ...partner, projectCount: counts.get(partner.code) ?? 0 }));
}

export type PartnerRow = Awaited<ReturnType<typeof listPartners>>[number];

export function groupByRegion<T extends { region: Region | null }>(rows: T[]) {
  return {
    ASIA: rows.filter((row) => row.region === "ASIA"),
    EUROPE: rows.filter((row) => row.region === "EUROPE"),
  };
}

export async function getCountry(code: string) {
  const country = await db.country.findUnique({
    where: { code: code.toUpperCase() },
    select: {
      code: true,
      name: true,
      kind: true,
      region: true,
      asemPartner: true,
      joinedYear: true,
      joinedAt: true,
      inAsem2010List: true,
      note: true,
      meetings: {
        orderBy: { startDate: "asc" },
        select: { slug: true, kind: true, name: true, city: true, startDate: true, endDate: true },
      },
      workshops: { select: { slug: true, title: true, startDate: true } },
      workshopOrganisers: { select: { workshop: { select: { slug: true, title: true, startDate: true } } } },
      cities: {
        orderBy: { name: "asc" },
        select: {
          slug: true,
          name: true,
          designations: {
            orderBy: { year: "asc" },
            select: {
              programme: true,
              year: true,
              status: true,
              ecocPartnerships: {
                select: {
                  id: true,
                  cceaDesignation: { select: { year: true, city: { select: { name: true } } } },
                },
              },
              cceaPartnerships: {
                select: {
                  id: true,
                  ecocDesignation: { select: { year: true, city: { select: { name: true } } } },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!country) return null;
  const [organisations, organisationCount, projects, projectCount] = await Promise.all([
    db.organisation.findMany({
      where: { countryCode: country.code, mergedIntoId: null },
      orderBy: { name: "asc" },
      take: 20,
      select: { slug: true, name: true, kind: true, isSample: true },
    }),
    db.organisation.count({ where: { countryCode: country.code, mergedIntoId: null } }),
    db.project.findMany({
      where: { visibility: "PUBLISHED", countries: { some: { countryCode: country.code } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 10,
      select: { slug: true, title: true, isSample: true },
    }),
    db.project.count({
      where: { visibility: "PUBLISHED", countries: { some: { countryCode: country.code } } },
    }),
  ]);
  return { ...country, organisations, organisationCount, projects, projectCount };
}

export type CountryDetail = NonNullable<Awaited<ReturnType<typeof getCountry>>>;
