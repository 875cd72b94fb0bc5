import "server-only";
import { db } from "@/lib/db";
import { listRecentAuditEntries } from "./audit";

// The admin dashboard's counts, each through an index.
export async function getAdminOverview() {
  const [awaitingVerification, openReports, users, recentAudit] = await Promise.all([
    db.organisation.count({ where: { verificationStatus: "UNVERIFIED", mergedIntoId: null } }),
    db.report.count({ where: { status: "OPEN" } }),
    db.user.count(),
    listRecentAuditEntries(),
  ]);
  return { awaitingVerification, openReports, users, recentAudit };
}
