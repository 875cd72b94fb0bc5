"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { recordAudit, recordChange } from "@/lib/audit";
import { refuse, type CurrentUser } from "@/lib/dal";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { VerificationStatus } from "@/lib/generated/prisma/enums";
import { moveOrganisationRecords } from "@/lib/organisation-merge";
import {
  MergeOrganisationsSchema,
  RejectOrganisationSchema,
  VerifyOrganisationSchema,
} from "@/lib/validations/admin";
import { formAction } from "../action";
import { revalidatePages } from "@/lib/revalidate";

// This module's messages, in the request's language.
const outcome = async (key: string, values?: Record<string, string>) =>
  (await getTranslations("outcomes.organisations"))(key, values);

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
  if (!organisation) refuse(await outcome("missing"));
  if (organisation.mergedIntoId) refuse(await outcome("merged"));
  return organisation;
}

function revalidateOrganisations(...slugs: string[]) {
  revalidatePages(
    "/organizations",
    "/admin",
    "/admin/organizations",
    ...slugs.map((slug) => `/organizations/${slug}`),
  );
}

export const verifyOrganisation = formAction(
  "admin",
  VerifyOrganisationSchema,
  async ({ organisationId }, admin) => {
    const after = { verificationStatus: "VERIFIED", verificationNote: null, verifiedAt: new Date() } as const;
    await setVerification(admin, organisationId, after, "verified");
  },
);

// Its members can no longer act for it (can "actForOrganisation"); the reason is kept in verificationNote.
export const rejectOrganisation = formAction(
  "admin",
  RejectOrganisationSchema,
  async ({ organisationId, reason }, admin) => {
    const after = { verificationStatus: "REJECTED", verificationNote: reason, verifiedAt: null } as const;
    await setVerification(admin, organisationId, after, "rejected");
  },
);

// Writes and audits the verdict on an organisation, then shows its admin page with a notice.
async function setVerification(
  admin: CurrentUser,
  organisationId: string,
  after: { verificationStatus: VerificationStatus; verificationNote: string | null; verifiedAt: Date | null },
  notice: "verified" | "rejected",
) {
  const organisation = await db.$transaction(async (tx) => {
    const before = await lockOrganisation(tx, organisationId);
    // Verified again, it would look newly verified.
    if (before.verificationStatus === "VERIFIED" && after.verificationStatus === "VERIFIED")
      refuse(await outcome("alreadyVerified", { organisation: before.name }));
    await tx.organisation.update({ where: { id: organisationId }, data: after, select: { id: true } });
    const action = notice === "verified" ? "organisation.verify" : "organisation.reject";
    await recordChange(tx, admin.id, action, ["Organisation", organisationId], before, after);
    return before;
  });
  revalidateOrganisations(organisation.slug);
  redirect({ href: `/admin/organizations/${organisationId}?notice=${notice}`, locale: await getLocale() });
}

// Merges a duplicate into the organisation that is kept, in one transaction.
export const mergeOrganisations = formAction(
  "admin",
  MergeOrganisationsSchema,
  async ({ duplicateId, keepId }, admin) => {
    if (duplicateId === keepId) refuse(await outcome("mergeIntoItself"));
    const { duplicate, kept } = await db.$transaction(async (tx) => {
      const [duplicate, kept] = await lockOrganisations(tx, [duplicateId, keepId]);
      if (!duplicate || !kept) refuse(await outcome("oneGone"));
      if (duplicate.mergedIntoId) refuse(await outcome("duplicateMerged", { organisation: duplicate.name }));
      if (kept.mergedIntoId) refuse(await outcome("keptMerged", { organisation: kept.name }));
      if (kept.verificationStatus === "REJECTED")
        refuse(await outcome("keptRejected", { organisation: kept.name }));
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
