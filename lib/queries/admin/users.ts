import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

import { readPage } from "@/lib/queries/read-page";

export type AdminUserFilters = {
  q?: string;
  role?: Role;
  status?: "active" | "deactivated";
  page?: number;
};

// Accounts for the admins, newest first. The password hash is never selected.
export async function listUsersForAdmin(filters: AdminUserFilters) {
  const page = filters.page ?? 1;
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
  return readPage(
    page,
    (window) =>
      db.user.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...window,
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          deactivatedAt: true,
          createdAt: true,
          organisation: { select: { id: true, name: true } },
        },
      }),
    () => db.user.count({ where }),
  );
}

export type AdminUserListItem = Awaited<ReturnType<typeof listUsersForAdmin>>["items"][number];
