"use server";

import { getTranslations } from "next-intl/server";
import { refuse } from "@/lib/dal";
import { actingOrganisation, authorise, can } from "@/lib/permissions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { notifyEndorsement } from "@/lib/notifications/events";
import { getEndorsableEntry } from "@/lib/queries/endorsements";
import { isUniqueViolation } from "@/lib/slugs";
import { EndorseSchema, WithdrawEndorsementSchema } from "@/lib/validations/endorsement";
import type { EntryTarget } from "@/lib/validations/entry-target";
import { formAction } from "./action";
import { revalidatePages } from "@/lib/revalidate";

const outcomes = () => getTranslations("endorsements.outcome");

// Moves the stored count in the same transaction as the endorsement; the row lock this
// update takes orders concurrent endorsements of one entry. In SQL, so the entry's
// updatedAt (what feeds and sitemaps show as its last edit) stays as its last edit left it.
async function countEndorsement(tx: Prisma.TransactionClient, target: EntryTarget, by: 1 | 0 | -1) {
  const rows =
    "projectId" in target
      ? await tx.$queryRaw<{ version: number }[]>`
          UPDATE "Project" SET "endorsementCount" = "endorsementCount" + ${by}
          WHERE id = ${target.projectId} AND visibility = 'PUBLISHED' RETURNING version`
      : await tx.$queryRaw<{ version: number }[]>`
          UPDATE "Recommendation" SET "endorsementCount" = "endorsementCount" + ${by}
          WHERE id = ${target.recommendationId} AND visibility = 'PUBLISHED' RETURNING version`;
  if (!rows.length)
    throw new Prisma.PrismaClientKnownRequestError("No published entry to endorse.", {
      code: "P2025",
      clientVersion: Prisma.prismaVersion.client,
    });
  return rows[0];
}

export const endorseEntry = formAction("member", EndorseSchema, async ({ target, statement }, user) => {
  const t = await outcomes();
  const organisation = await actingOrganisation(user);
  const entry = await getEndorsableEntry(target, organisation.id);
  if (!entry) refuse(t("notEndorsable"));
  await authorise(
    can(user, "endorse", { kind: "projectId" in target ? "project" : "recommendation", own: entry.own }),
  );
  try {
    await db.$transaction(async (tx) => {
      const { version } = await countEndorsement(tx, target, 1);
      await tx.endorsement.create({
        data: { ...target, organisationId: organisation.id, userId: user.id, statement, version },
        select: { id: true },
      });
      await notifyEndorsement(
        tx,
        target,
        { organisationName: organisation.name, userId: user.id },
        "endorsed",
      );
    });
  } catch (error) {
    // Outside the transaction, so the count it raised has been rolled back.
    if (isUniqueViolation(error)) refuse(t("alreadyEndorsed"));
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
      refuse(t("notEndorsable"));
    throw error;
  }
  revalidatePages(...entry.paths);
  return { ok: true, message: t("endorsed", { organisation: organisation.name }) };
});

export const withdrawEndorsement = formAction(
  "member",
  WithdrawEndorsementSchema,
  async ({ target }, user) => {
    const t = await outcomes();
    const organisation = await actingOrganisation(user);
    const entry = await getEndorsableEntry(target, organisation.id);
    if (!entry) refuse(t("notEndorsable"));
    const withdrawn = await db.$transaction(async (tx) => {
      // Locks the entry's row before touching endorsements, in the order endorsing does,
      // so an endorsement and a withdrawal at the same instant cannot deadlock.
      await countEndorsement(tx, target, 0);
      const { count } = await tx.endorsement.deleteMany({
        where: { ...target, organisationId: organisation.id },
      });
      // A concurrent withdrawal may have deleted the row first: count only what this one deleted.
      if (count !== 1) return false;
      await countEndorsement(tx, target, -1);
      await notifyEndorsement(
        tx,
        target,
        { organisationName: organisation.name, userId: user.id },
        "withdrawn",
      );
      return true;
    });
    if (!withdrawn) refuse(t("notEndorsing"));
    revalidatePages(...entry.paths);
    return { ok: true, message: t("withdrawn", { organisation: organisation.name }) };
  },
);
