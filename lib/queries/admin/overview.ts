import "server-only";
import { db } from "@/lib/db";
import { listRecentAuditEntries } from "./audit";

// The admin dashboard's counts, each through an index.
export async function getAdminOverview() {
  const [awaitingVerification, openReports, users, recentAudit, unmanagedRequests] = await Promise.all([
    db.organisation.count({ where: { verificationStatus: "UNVERIFIED", mergedIntoId: null } }),
    db.report.count({ where: { status: "OPEN" } }),
    db.user.count(),
    listRecentAuditEntries(),
    listUnmanagedRequests(),
  ]);
  return { awaitingVerification, openReports, users, recentAudit, unmanagedRequests };
}

// Requests to join an organisation that has no manager to answer them: the admins do.
function listUnmanagedRequests() {
  return db.user.findMany({
    where: {
      membershipRole: "PENDING",
      emailVerified: { not: null },
      deactivatedAt: null,
      organisation: { members: { none: { membershipRole: "MANAGER", deactivatedAt: null } } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 50,
    select: { id: true, name: true, email: true, organisation: { select: { id: true, name: true } } },
  });
}
