"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { recordChange } from "@/lib/audit";
import { refuse, type CurrentUser } from "@/lib/dal";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { ChangeUserRoleSchema, UserAccountSchema } from "@/lib/validations/admin";
import { safeReturnPath } from "@/lib/return-path";
import { formAction } from "../action";
import { revalidatePages } from "@/lib/revalidate";

// This module's messages, in the request's language.
const outcome = async (key: string, values?: Record<string, string>) =>
  (await getTranslations("outcomes.users"))(key, values);

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

type LockedUser = Awaited<ReturnType<typeof lockUser>>;

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
    await changeUser(admin, userId, "user.role", async (before) => {
      if (before.role === role)
        refuse(await outcome("alreadyRole", { person: before.name ?? before.email, role }));
      return { role };
    });
    await backToList(returnTo, "role");
  },
);

// The account can no longer sign in or act (authenticate and getCurrentUser check
// deactivatedAt on every request); what it contributed stays.
export const deactivateUser = formAction("admin", UserAccountSchema, async ({ userId, returnTo }, admin) => {
  if (userId === admin.id) refuse(await outcome("ownAccount"));
  await changeUser(admin, userId, "user.deactivate", async (before) => {
    if (before.deactivatedAt)
      refuse(await outcome("alreadyDeactivated", { person: before.name ?? before.email }));
    return { deactivatedAt: new Date() };
  });
  await backToList(returnTo, "deactivated");
});

export const reactivateUser = formAction("admin", UserAccountSchema, async ({ userId, returnTo }, admin) => {
  await changeUser(admin, userId, "user.reactivate", async (before) => {
    if (!before.deactivatedAt)
      refuse(await outcome("alreadyActive", { person: before.name ?? before.email }));
    return { deactivatedAt: null };
  });
  await backToList(returnTo, "reactivated");
});

// Locks the account, asks `change` what to write (it refuses what does not apply), writes it and audits it.
async function changeUser(
  admin: CurrentUser,
  userId: string,
  action: string,
  change: (before: LockedUser) => Promise<{ role: Role } | { deactivatedAt: Date | null }>,
) {
  await db.$transaction(async (tx) => {
    const before = await lockUser(tx, userId);
    const data = await change(before);
    await tx.user.update({ where: { id: userId }, data, select: { id: true } });
    await recordChange(tx, admin.id, action, ["User", userId], before, data);
  });
}
