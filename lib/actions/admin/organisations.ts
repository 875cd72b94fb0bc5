"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { recordAudit } from "@/lib/audit";
import { refuse } from "@/lib/dal";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { moveOrganisationRecords } from "@/lib/organisation-merge";
import {
  MergeOrganisationsSchema,
  RejectOrganisationSchema,
  VerifyOrganisationSchema,
} from "@/lib/validations/admin";
import { formAction } from "../action";
import { revalidatePages } from "@/lib/revalidate";

type Transaction = Prisma.TransactionClient;

const stateSelect = {
  id: true,
  slug: true,
  name: true,
  verificationStatus: true,
  verificationNote: true,
  verifiedAt: true,
  mergedIntoId: true,
} as const;

// Locks the rows (in id order, so two merges of the same pair cannot deadlock) and
// reads them, so the checks and the audit's "before" hold until the transaction ends.
async function lockOrganisations(tx: Transaction, ids: string[]) {
  const sorted = [...new Set(ids)].sort();
  await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id IN (${Prisma.join(sorted)}) ORDER BY id FOR UPDATE`;
  const rows = await tx.organisation.findMany({ where: { id: { in: sorted } }, select: stateSelect });
  return ids.map((id) => rows.find((row) => row.id === id));
}

async function lockOrganisation(tx: Transaction, id: string) {
  const [organisation] = await lockOrganisations(tx, [id]);
  if (!organisation) refuse("This organisation does not exist.");
  if (organisation.mergedIntoId) refuse("This organisation was merged into another one: act on that one.");
  return organisation;
}

const verificationOf = (organisation: {
  verificationStatus: string;
  verificationNote: string | null;
  verifiedAt: Date | null;
}) => ({
  verificationStatus: organisation.verificationStatus,
  verificationNote: organisation.verificationNote,
  verifiedAt: organisation.verifiedAt?.toISOString() ?? null,
});

function revalidateOrganisations(...slugs: string[]) {
  revalidatePages(
    "/organizations",
    "/admin",
    "/admin/organizations",
    ...slugs.map((slug) => `/organizations/${slug}`),
  );
}

type Verification = {
  verificationStatus: "VERIFIED" | "REJECTED";
  verificationNote: string | null;
  verifiedAt: Date | null;
};

// An admin's answer to an organisation's registration, with its audit entry, in one transaction.
async function setVerification(admin: { id: string }, organisationId: string, after: Verification) {
  const verified = after.verificationStatus === "VERIFIED";
  const organisation = await db.$transaction(async (tx) => {
    const before = await lockOrganisation(tx, organisationId);
    if (verified && before.verificationStatus === "VERIFIED") refuse(`${before.name} is already verified.`);
    await tx.organisation.update({ where: { id: organisationId }, data: after, select: { id: true } });
    await recordAudit(tx, {
      actorId: admin.id,
      action: verified ? "organisation.verify" : "organisation.reject",
      entityType: "Organisation",
      entityId: organisationId,
      before: verificationOf(before),
      after: verificationOf(after),
    });
    return before;
  });
  revalidateOrganisations(organisation.slug);
  const notice = verified ? "verified" : "rejected";
  redirect({ href: `/admin/organizations/${organisationId}?notice=${notice}`, locale: await getLocale() });
}

export const verifyOrganisation = formAction("admin", VerifyOrganisationSchema, ({ organisationId }, admin) =>
  setVerification(admin, organisationId, {
    verificationStatus: "VERIFIED",
    verificationNote: null,
    verifiedAt: new Date(),
  }),
);

// Its members can no longer act for it (can "actForOrganisation"); the reason is kept in verificationNote.
export const rejectOrganisation = formAction(
  "admin",
  RejectOrganisationSchema,
  ({ organisationId, reason }, admin) =>
    setVerification(admin, organisationId, {
      verificationStatus: "REJECTED",
      verificationNote: reason,
      verifiedAt: null,
    }),
);

// Merges a duplicate into the organisation that is kept, in one transaction.
export const mergeOrganisations = formAction(
  "admin",
  MergeOrganisationsSchema,
  async ({ duplicateId, keepId }, admin) => {
    if (duplicateId === keepId)
      refuse("An organisation cannot be merged into itself: choose another one to keep.");
    const { duplicate, kept } = await db.$transaction(async (tx) => {
      const [duplicate, kept] = await lockOrganisations(tx, [duplicateId, keepId]);
      if (!duplicate || !kept) refuse("One of the two organisations no longer exists.");
      if (duplicate.mergedIntoId)
        refuse(`${duplicate.name} has already been merged into another organisation.`);
      if (kept.mergedIntoId)
        refuse(`${kept.name} was itself merged into another organisation: merge into that one.`);
      if (kept.verificationStatus === "REJECTED")
        refuse(`${kept.name} was rejected: verify it first, or keep another organisation.`);
      const records = await moveOrganisationRecords(tx, duplicateId, keepId);
      await tx.organisation.update({
        where: { id: duplicateId },
        data: { mergedIntoId: keepId },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: admin.id,
        action: "organisation.merge",
        entityType: "Organisation",
        entityId: duplicateId,
        before: { mergedIntoId: null, name: duplicate.name },
        after: { mergedIntoId: keepId, keptName: kept.name, ...records },
      });
      return { duplicate, kept };
    });
    revalidateOrganisations(duplicate.slug, kept.slug);
    revalidatePages("/projects", "/recommendations");
    redirect({ href: `/admin/organizations/${keepId}?notice=merged`, locale: await getLocale() });
  },
);
