"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { recordAudit } from "@/lib/audit";
import { refuse } from "@/lib/dal";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ChangeUserRoleSchema, UserAccountSchema } from "@/lib/validations/admin";
import { safeReturnPath } from "@/lib/return-path";
import { formAction } from "../action";
import { revalidatePages } from "@/lib/revalidate";

// This module's messages, in the request's language.
const outcome = async (key: string, values?: Record<string, string>) =>
  (await getTranslations("forms.outcomes.users"))(key, values);

const LIST = "/admin/users";

// Locks and reads the account, so the checks and the audit's "before" hold until the
// transaction ends, whatever another admin does meanwhile.
async function lockUser(tx: Prisma.TransactionClient, id: string) {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${id} FOR UPDATE`;
  const user = await tx.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, deactivatedAt: true },
  });
  if (!user) refuse(await outcome("missing"));
  return user;
}

// Back to the list the form was on, with its filters, and a notice of what changed.
async function backToList(returnTo: string | undefined, notice: string): Promise<never> {
  const path = safeReturnPath(returnTo, LIST);
  const url = new URL(path.startsWith(LIST) ? path : LIST, "http://portal.invalid");
  url.searchParams.set("notice", notice);
  url.searchParams.delete("page");
  revalidatePages(LIST, "/admin");
  return redirect({ href: url.pathname + url.search, locale: await getLocale() });
}

export const changeUserRole = formAction(
  "admin",
  ChangeUserRoleSchema,
  async ({ userId, role, returnTo }, admin) => {
    if (userId === admin.id) refuse(await outcome("ownRole"));
    await db.$transaction(async (tx) => {
      const before = await lockUser(tx, userId);
      if (before.role === role)
        refuse(await outcome("alreadyRole", { person: before.name ?? before.email, role }));
      await tx.user.update({ where: { id: userId }, data: { role }, select: { id: true } });
      await recordAudit(tx, {
        actorId: admin.id,
        action: "user.role",
        entityType: "User",
        entityId: userId,
        before: { role: before.role },
        after: { role },
      });
    });
    await backToList(returnTo, "role");
  },
);

// The account can no longer sign in or act (authenticate and getCurrentUser check
// deactivatedAt on every request); what it contributed stays.
export const deactivateUser = formAction("admin", UserAccountSchema, async ({ userId, returnTo }, admin) => {
  if (userId === admin.id) refuse(await outcome("ownAccount"));
  await db.$transaction(async (tx) => {
    const before = await lockUser(tx, userId);
    if (before.deactivatedAt)
      refuse(await outcome("alreadyDeactivated", { person: before.name ?? before.email }));
    const deactivatedAt = new Date();
    await tx.user.update({ where: { id: userId }, data: { deactivatedAt }, select: { id: true } });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "user.deactivate",
      entityType: "User",
      entityId: userId,
      before: { deactivatedAt: null },
      after: { deactivatedAt: deactivatedAt.toISOString() },
    });
  });
  await backToList(returnTo, "deactivated");
});

export const reactivateUser = formAction("admin", UserAccountSchema, async ({ userId, returnTo }, admin) => {
  await db.$transaction(async (tx) => {
    const before = await lockUser(tx, userId);
    if (!before.deactivatedAt)
      refuse(await outcome("alreadyActive", { person: before.name ?? before.email }));
    await tx.user.update({ where: { id: userId }, data: { deactivatedAt: null }, select: { id: true } });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "user.reactivate",
      entityType: "User",
      entityId: userId,
      before: { deactivatedAt: before.deactivatedAt.toISOString() },
      after: { deactivatedAt: null },
    });
  });
  await backToList(returnTo, "reactivated");
});
