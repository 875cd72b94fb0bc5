import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrganisationKind, VerificationStatus } from "@/lib/generated/prisma/enums";

import { findPage } from "@/lib/queries/read-page";

export type AdminOrganisationFilters = {
  q?: string;
  kind?: OrganisationKind;
  status?: VerificationStatus | "MERGED";
  page?: number;
};

// What the admin list shows of an organisation, and its admin page too.
const listedSelect = {
  id: true,
  name: true,
  kind: true,
  verificationStatus: true,
  country: { select: { name: true } },
  mergedInto: { select: { id: true, name: true } },
} satisfies Prisma.OrganisationSelect;

// Every organisation for curation, newest registration first; merged ones only when asked for.
export async function listOrganisationsForAdmin(filters: AdminOrganisationFilters) {
  const where: Prisma.OrganisationWhereInput = {
    ...(filters.status === "MERGED"
      ? { mergedIntoId: { not: null } }
      : { mergedIntoId: null, ...(filters.status && { verificationStatus: filters.status }) }),
    ...(filters.kind && { kind: filters.kind }),
    ...(filters.q && { name: { contains: filters.q, mode: "insensitive" } }),
  };
  const { items: rows, ...paged } = await findPage(db.organisation)(filters.page, {
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    // Joined in SQL, the country and the merge target would be looked up for every
    // row the offset skips (250 ms on the last page of 20,000); loaded after, for the page's.
    relationLoadStrategy: "query",
    select: { ...listedSelect, isSample: true, createdAt: true },
  });
  // Counted for this page's organisations only, through the organisation indexes.
  const ids = rows.map((row) => row.id);
  const [members, projects] = await Promise.all([
    db.user.groupBy({
      by: ["organisationId"],
      where: { organisationId: { in: ids } },
      _count: { _all: true },
    }),
    db.project.groupBy({
      by: ["leadOrganisationId"],
      where: { leadOrganisationId: { in: ids } },
      _count: { _all: true },
    }),
  ]);
  const memberCount = new Map(members.map((row) => [row.organisationId, row._count._all]));
  const projectCount = new Map(projects.map((row) => [row.leadOrganisationId, row._count._all]));
  const items = rows.map((row) => ({
    ...row,
    memberCount: memberCount.get(row.id) ?? 0,
    projectCount: projectCount.get(row.id) ?? 0,
  }));
  return { ...paged, items };
}

export type AdminOrganisationListItem = Awaited<
  ReturnType<typeof listOrganisationsForAdmin>
>["items"][number];

// One organisation with what a merge would move, each counted through its index.
export async function getOrganisationForAdmin(id: string) {
  const organisation = await db.organisation.findUnique({
    where: { id },
    select: {
      ...listedSelect,
      slug: true,
      website: true,
      isSample: true,
      createdAt: true,
      verificationNote: true,
      verifiedAt: true,
      emailDomains: true,
    },
  });
  if (!organisation) return null;
  const own = { organisationId: id };
  const [members, leadProjects, partnerProjects, endorsements, recommendations] = await Promise.all([
    db.user.count({ where: own }),
    db.project.count({ where: { leadOrganisationId: id } }),
    db.projectPartner.count({ where: own }),
    db.endorsement.count({ where: own }),
    db.recommendation.count({ where: { submittedByOrganisationId: id } }),
  ]);
  return {
    ...organisation,
    counts: { members, leadProjects, partnerProjects, endorsements, recommendations },
  };
}

export type AdminOrganisation = NonNullable<Awaited<ReturnType<typeof getOrganisationForAdmin>>>;

// Organisations a duplicate can be merged into: not merged, not rejected, not itself.
export async function listMergeCandidates(duplicateId: string, q: string) {
  return db.organisation.findMany({
    where: {
      id: { not: duplicateId },
      mergedIntoId: null,
      verificationStatus: { not: "REJECTED" },
      name: { contains: q, mode: "insensitive" },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 10,
    select: {
      id: true,
      name: true,
      kind: true,
      verificationStatus: true,
      country: { select: { name: true } },
    },
  });
}

export type MergeCandidate = Awaited<ReturnType<typeof listMergeCandidates>>[number];
