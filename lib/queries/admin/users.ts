import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, pageCount } from "@/lib/search-params";

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
  const [items, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
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
    db.user.count({ where }),
  ]);
  return { items, total, page, pageCount: pageCount(total) };
}

export type AdminUserListItem = Awaited<ReturnType<typeof listUsersForAdmin>>["items"][number];
