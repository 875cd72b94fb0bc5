import "server-only";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { trySendMail } from "@/lib/mail/send";
import { joinRequestMail, membershipApprovedMail } from "@/lib/mail/messages/memberships";
import { notifyJoinRequest, notifyMembershipAnswer } from "@/lib/notifications/events";

type Transaction = Prisma.TransactionClient;

// Puts a person into an organisation: as its manager when they register it, else as
// a pending member, in the transaction that makes the change, with its audit entry.
export async function startMembership(
  tx: Transaction,
  userId: string,
  organisation: { id: string; name: string },
  role: "PENDING" | "MANAGER",
) {
  await tx.user.update({
    where: { id: userId },
    data: { organisationId: organisation.id, membershipRole: role, membershipNote: null },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: userId,
    action: role === "MANAGER" ? "membership.found" : "membership.request",
    entityType: "Membership",
    entityId: userId,
    after: { organisationId: organisation.id, organisation: organisation.name, role },
  });
}

// Once a pending member's address is confirmed, their request goes out: approved at
// once on a domain the organisation has proven, else mailed to its managers (to the
// portal's admins when it has none).
export async function announceJoinRequest(userId: string) {
  const person = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      locale: true,
      membershipRole: true,
      emailVerified: true,
      organisation: { select: { id: true, name: true, emailDomains: true } },
    },
  });
  const organisation = person.organisation;
  if (!organisation || person.membershipRole !== "PENDING" || !person.emailVerified) return;

  const domain = person.email.split("@").at(-1) ?? "";
  if (organisation.emailDomains.includes(domain)) {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: person.id }, data: { membershipRole: "MEMBER" } });
      await recordAudit(tx, {
        actorId: null,
        action: "membership.approve",
        entityType: "Membership",
        entityId: person.id,
        before: { organisationId: organisation.id, organisation: organisation.name, role: "PENDING" },
        after: {
          organisationId: organisation.id,
          organisation: organisation.name,
          role: "MEMBER",
          reason: `confirmed address on ${domain}, a domain the organisation has proven`,
        },
      });
      await notifyMembershipAnswer(tx, person.id, organisation.name, { approved: true });
    });
    await trySendMail(membershipApprovedMail(person, organisation.name));
    return;
  }

  const managers = await db.user.findMany({
    where: { organisationId: organisation.id, membershipRole: "MANAGER", deactivatedAt: null },
    select: { id: true, name: true, email: true, locale: true },
  });
  const admins = managers.length
    ? []
    : await db.user.findMany({
        where: { role: "ADMIN", deactivatedAt: null },
        select: { id: true, name: true, email: true, locale: true },
      });
  await db.$transaction((tx) =>
    notifyJoinRequest(tx, person, organisation, {
      managerIds: managers.map(({ id }) => id),
      adminIds: admins.map(({ id }) => id),
    }),
  );
  for (const manager of managers) await trySendMail(joinRequestMail(manager, person, organisation));
  for (const admin of admins)
    await trySendMail(joinRequestMail(admin, person, organisation, { toAdmin: true }));
}
