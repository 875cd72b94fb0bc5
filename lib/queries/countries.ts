import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { listTag } from "@/lib/cache-tags";
import { countryOptions } from "@/lib/places";
import { cachedPublicRead } from "@/lib/public-data-cache";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Region } from "@/lib/generated/prisma/enums";

// Options for country filters in the reader's language: ASEM partners first, then other
// hosts of ECoC cities, each group in the language's alphabetical order.
const listFilterCountries = cachedPublicRead(
  "filter-countries",
  () => db.country.findMany({ select: { code: true, name: true, asemPartner: true } }),
  () => [listTag("countries")],
);

export async function listCountryOptions(locale: string) {
  return countryOptions(await listFilterCountries(), locale, (country) => (country.asemPartner ? 0 : 1));
}

// The partners' codes, which decide the map's frame and which shapes it names.
export const listPartnerCodes = cachedPublicRead(
  "partner-codes",
  async () => {
    const partners = await db.country.findMany({ where: { asemPartner: true }, select: { code: true } });
    return partners.map((partner) => partner.code);
  },
  () => [listTag("countries")],
);

// Published projects per country in one grouped query. Every project-country link
// is counted through the index, minus those of the few hidden projects, which is
// cheaper than joining every link to its project.
export async function publishedProjectCounts() {
  const rows = await db.$queryRaw<{ countryCode: string; count: bigint }[]>`
    SELECT "countryCode", count(*) AS count FROM "ProjectCountry"
    WHERE "projectId" NOT IN (SELECT id FROM "Project" WHERE visibility = 'HIDDEN')
    GROUP BY "countryCode"`;
  return new Map(rows.map((row) => [row.countryCode, Number(row.count)]));
}

const partnerSelect = {
  code: true,
  name: true,
  kind: true,
  region: true,
  joinedYear: true,
  inAsem2010List: true,
} satisfies Prisma.CountrySelect;

export async function listPartners() {
  const [partners, counts] = await Promise.all([
    db.country.findMany({ where: { asemPartner: true }, orderBy: { name: "asc" }, select: partnerSelect }),
    publishedProjectCounts(),
  ]);
  return partners.map((partner) => ({ ...partner, projectCount: counts.get(partner.code) ?? 0 }));
}

export type PartnerRow = Awaited<ReturnType<typeof listPartners>>[number];

// Countries outside ASEM that are in the portal because they host European Capitals of Culture.
export async function listOtherCountries() {
  return db.country.findMany({
    where: { asemPartner: false },
    orderBy: { name: "asc" },
    select: { code: true, name: true, _count: { select: { cities: true } } },
  });
}

export function groupByRegion<T extends { region: Region | null }>(rows: T[]) {
  return {
    ASIA: rows.filter((row) => row.region === "ASIA"),
    EUROPE: rows.filter((row) => row.region === "EUROPE"),
  };
}

const designationSide = { select: { year: true, city: { select: { name: true } } } } as const;
const SHOWN_ORGANISATIONS = 20;
const SHOWN_PROJECTS = 10;

// Codes are matched in any case ("vn" finds VN). Cached per request for generateMetadata.
export const getCountry = cache(async (code: string) => {
  const country = await db.country.findUnique({
    where: { code: code.toUpperCase() },
    select: {
      ...partnerSelect,
      asemPartner: true,
      joinedAt: true,
      note: true,
      alternativeNames: true,
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
          nativeName: true,
          countryCode: true,
          designations: {
            orderBy: { year: "asc" },
            select: {
              programme: true,
              year: true,
              status: true,
              ecocPartnerships: { select: { id: true, isSample: true, cceaDesignation: designationSide } },
              cceaPartnerships: { select: { id: true, isSample: true, ecocDesignation: designationSide } },
            },
          },
        },
      },
    },
  });
  if (!country) return null;
  const organisationWhere = { countryCode: country.code, mergedIntoId: null };
  const projectWhere = {
    visibility: "PUBLISHED",
    countries: { some: { countryCode: country.code } },
  } as const;
  const [organisations, organisationCount, projects, projectCount] = await Promise.all([
    db.organisation.findMany({
      where: organisationWhere,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: SHOWN_ORGANISATIONS,
      select: { slug: true, name: true, kind: true, isSample: true },
    }),
    db.organisation.count({ where: organisationWhere }),
    db.project.findMany({
      where: projectWhere,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: SHOWN_PROJECTS,
      select: { slug: true, title: true, isSample: true },
    }),
    db.project.count({ where: projectWhere }),
  ]);
  // A workshop both held in and organised by the country is listed once.
  const workshops = [
    ...new Map(
      [...country.workshops, ...country.workshopOrganisers.map(({ workshop }) => workshop)].map((w) => [
        w.slug,
        w,
      ]),
    ).values(),
  ].sort((a, b) => b.startDate.getTime() - a.startDate.getTime());
  const partnerships = country.cities.flatMap((city) =>
    city.designations.flatMap((designation) => [
      ...designation.ecocPartnerships.map((p) => ({
        id: p.id,
        isSample: p.isSample,
        name: `${city.name} ${designation.year} – ${p.cceaDesignation.city.name} ${p.cceaDesignation.year}`,
      })),
      ...designation.cceaPartnerships.map((p) => ({
        id: p.id,
        isSample: p.isSample,
        name: `${p.ecocDesignation.city.name} ${p.ecocDesignation.year} – ${city.name} ${designation.year}`,
      })),
    ]),
  );
  return { ...country, workshops, partnerships, organisations, organisationCount, projects, projectCount };
});

export type CountryDetail = NonNullable<Awaited<ReturnType<typeof getCountry>>>;
