import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

import { findPage } from "@/lib/queries/read-page";

export type AdminUserFilters = {
  q?: string;
  role?: Role;
  status?: "active" | "deactivated";
  page?: number;
};

// Accounts for the admins, newest first. The password hash is never selected.
export async function listUsersForAdmin(filters: AdminUserFilters) {
  const where: Prisma.UserWhereInput = {
    ...(filters.role && { role: filters.role }),
    ...(filters.status && { deactivatedAt: filters.status === "active" ? null : { not: null } }),
    ...(filters.q && {
      OR: [
        { name: { contains: filters.q, mode: "insensitive" } },
        { email: { contains: filters.q, mode: "insensitive" } },
      ],
    }),
  };
  return findPage(db.user)(filters.page, {
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      deactivatedAt: true,
      createdAt: true,
      organisation: { select: { id: true, name: true } },
    },
  });
}

export type AdminUserListItem = Awaited<ReturnType<typeof listUsersForAdmin>>["items"][number];
