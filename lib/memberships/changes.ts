import "server-only";
import type { Locale } from "@/i18n/routing";
import { getTranslations } from "next-intl/server";
import { recordAudit } from "@/lib/audit";
import { refuse, type CurrentUser } from "@/lib/dal";
import { authorise, can } from "@/lib/permissions";
import { db } from "@/lib/db";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { localeOf } from "@/lib/mail/compose";
import { notifyMembershipAnswer } from "@/lib/notifications/events";
import { translatorFor } from "@/lib/translator";

export type MembershipChange =
  | { kind: "approve"; userId: string }
  | { kind: "decline"; userId: string; reason: string }
  | { kind: "promote"; userId: string }
  | { kind: "demote"; userId: string }
  | { kind: "remove"; userId: string; reason: string };

export type ChangedMembership = {
  kind: MembershipChange["kind"];
  person: { id: string; name: string | null; email: string; locale: string };
  organisation: { id: string; slug: string; name: string };
};

const allowedFrom: Record<MembershipChange["kind"], MembershipRole[]> = {
  approve: ["PENDING"],
  decline: ["PENDING"],
  promote: ["MEMBER"],
  demote: ["MANAGER"],
  remove: ["MEMBER", "MANAGER"],
};

// Why a change does not apply to the person as they are (memberships.changes in messages/).
const wrongState = {
  approve: "alreadyAnswered",
  decline: "alreadyAnswered",
  promote: "notPromotable",
  demote: "notManager",
  remove: "notRemovable",
} as const satisfies Record<MembershipChange["kind"], string>;

// Every change to someone's membership, by one of the organisation's managers or an
// admin (can "manageMembers"), in one transaction with its audit entry. The
// organisation's row is locked first, so two managers demoting each other at once
// cannot leave it without one.
export async function changeMembership(
  actor: CurrentUser,
  change: MembershipChange,
): Promise<ChangedMembership> {
  const t = await getTranslations("memberships.changes");
  return db.$transaction(async (tx) => {
    const target = await tx.user.findFirst({
      where: { id: change.userId, deactivatedAt: null, organisationId: { not: null } },
      select: { id: true, name: true, email: true, locale: true, organisationId: true, emailVerified: true },
    });
    if (!target?.organisationId) refuse(t("notMember"));
    await authorise(can(actor, "manageMembers", { organisationId: target.organisationId }));
    const [organisation] = await tx.$queryRaw<{ id: string; slug: string; name: string }[]>`
      SELECT id, slug, name FROM "Organisation" WHERE id = ${target.organisationId} FOR UPDATE`;
    // Read again under the lock: the role another manager may just have changed.
    const { membershipRole: before } = await tx.user.findUniqueOrThrow({
      where: { id: target.id },
      select: { membershipRole: true },
    });
    if (!allowedFrom[change.kind].includes(before)) refuse(t(wrongState[change.kind]));
    if (change.kind === "approve" && !target.emailVerified) refuse(t("unconfirmed"));

    const data = dataFor(change, organisation.name, localeOf(target));
    await tx.user.update({ where: { id: target.id }, data, select: { id: true } });
    if (before === "MANAGER" && !(await hasManager(tx, organisation.id)))
      refuse(t("lastManager", { organisation: organisation.name }));
    await recordAudit(tx, {
      actorId: actor.id,
      action: `membership.${change.kind}`,
      entityType: "Membership",
      entityId: target.id,
      before: { organisationId: organisation.id, organisation: organisation.name, role: before },
      after: {
        organisationId: "organisationId" in data ? null : organisation.id,
        organisation: "organisationId" in data ? null : organisation.name,
        role: data.membershipRole,
        ...("reason" in change && { reason: change.reason }),
      },
    });
    if (change.kind === "approve")
      await notifyMembershipAnswer(tx, target.id, organisation.name, { approved: true });
    if (change.kind === "decline")
      await notifyMembershipAnswer(tx, target.id, organisation.name, {
        approved: false,
        reason: change.reason,
      });
    return { kind: change.kind, person: target, organisation };
  });
}

// The note the person reads on their account page is written in their own language,
// as their mail is.
function dataFor(
  change: MembershipChange,
  organisationName: string,
  personLocale: Locale,
): Prisma.UserUncheckedUpdateInput & { membershipRole: MembershipRole } {
  const note = (key: "declinedNote" | "removedNote", reason: string) =>
    translatorFor(personLocale, "memberships.changes")(key, { organisation: organisationName, reason });
  switch (change.kind) {
    case "approve":
      return { membershipRole: "MEMBER", membershipNote: null };
    case "promote":
      return { membershipRole: "MANAGER" };
    case "demote":
      return { membershipRole: "MEMBER" };
    // Leaving the organisation: the account stays, and may ask to join another.
    case "decline":
      return {
        organisationId: null,
        membershipRole: "PENDING",
        membershipNote: note("declinedNote", change.reason),
      };
    case "remove":
      return {
        organisationId: null,
        membershipRole: "PENDING",
        membershipNote: note("removedNote", change.reason),
      };
  }
}

async function hasManager(tx: Prisma.TransactionClient, organisationId: string) {
  const managers = await tx.user.count({
    where: { organisationId, membershipRole: "MANAGER", deactivatedAt: null },
  });
  return managers > 0;
}
