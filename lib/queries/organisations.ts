import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrganisationKind, VerificationStatus } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, pageCount } from "@/lib/search-params";
import { prefixTsQuery } from "./text-search";

export type OrganisationFilters = {
  q?: string;
  kind?: OrganisationKind;
  country?: string;
  verification?: VerificationStatus;
  page?: number;
};

const listSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  verificationStatus: true,
  isSample: true,
  country: { select: { code: true, name: true } },
  _count: { select: { leadProjects: { where: { visibility: "PUBLISHED" } } } },
} satisfies Prisma.OrganisationSelect;

export async function listOrganisations(filters: OrganisationFilters) {
  const page = filters.page ?? 1;
  const query = prefixTsQuery(filters.q);
  // Name search uses the GIN-indexed tsvector; the ids it yields narrow the Prisma query.
  const matching = query
    ? await db.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Organisation" WHERE "searchVector" @@ to_tsquery('simple', ${query}) LIMIT 5000`
    : undefined;
  const where: Prisma.OrganisationWhereInput = {
    mergedIntoId: null,
    ...(matching && { id: { in: matching.map((row) => row.id) } }),
    ...(filters.kind && { kind: filters.kind }),
    ...(filters.country && { countryCode: filters.country }),
    ...(filters.verification && { verificationStatus: filters.verification }),
  };
  const [items, total] = await Promise.all([
    db.organisation.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: listSelect,
    }),
    db.organisation.count({ where }),
  ]);
  return { items, total, page, pageCount: pageCount(total) };
}

export async function getOrganisationBySlug(slug: string) {
  const organisation = await db.organisation.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      website: true,
      description: true,
      verificationStatus: true,
      isSample: true,
      mergedInto: { select: { slug: true, name: true } },
      country: { select: { code: true, name: true } },
      publications: {
        select: { role: true, publication: { select: { slug: true, title: true, url: true } } },
      },
      workshopsOrganised: { select: { workshop: { select: { slug: true, title: true } } } },
      _count: {
        select: {
          leadProjects: { where: { visibility: "PUBLISHED" } },
          endorsements: true,
        },
      },
    },
  });
  if (!organisation) return null;
  const [ledProjects, partnerProjects, endorsements] = await Promise.all([
    db.project.findMany({
      where: { leadOrganisationId: organisation.id, visibility: "PUBLISHED" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 20,
      select: { slug: true, title: true, isSample: true },
    }),
    db.project.findMany({
      where: { partners: { some: { organisationId: organisation.id } }, visibility: "PUBLISHED" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 20,
      select: { slug: true, title: true, isSample: true },
    }),
    db.endorsement.findMany({
      where: { organisationId: organisation.id },
      orderBy: { createdAt: "desc" },
      take: 10,
      select: {
        id: true,
        project: { select: { slug: true, title: true, visibility: true } },
        recommendation: { select: { id: true, title: true, visibility: true } },
      },
    }),
  ]);
  return { ...organisation, ledProjects, partnerProjects, endorsements };
}

export type OrganisationDetail = NonNullable<Awaited<ReturnType<typeof getOrganisationBySlug>>>;
