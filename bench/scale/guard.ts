import { demoAccounts } from "../../prisma/seed/demo-accounts";
import type { ScaleSizes } from "./options";
import type { Sql } from "./sql";

// Synthetic rows carry these id prefixes (and slugs starting "synthetic-").
export const ids = {
  workshop: "syn-w-",
  organisation: "syn-o-",
  recommendation: "syn-r-",
  project: "syn-p-",
  endorsement: "syn-e-",
};

// Entries people made: anything not flagged sample that an account submitted (the seed's
// entries from public sources have none), and any account but the demo ones.
export async function realEntries(sql: Sql): Promise<string[]> {
  const [counts] = await sql<Record<string, number>>(
    `SELECT
       (SELECT count(*)::int FROM "Project" WHERE NOT "isSample" AND "createdById" IS NOT NULL) AS "projects",
       (SELECT count(*)::int FROM "Recommendation" WHERE NOT "isSample" AND "submittedById" IS NOT NULL) AS "recommendations",
       (SELECT count(*)::int FROM "Endorsement" WHERE NOT "isSample") AS "endorsements",
       (SELECT count(*)::int FROM "User" WHERE email <> ALL($1::text[])) AS "user accounts"`,
    [demoAccounts.map((account) => account.email)],
  );
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([what, count]) => `${count} ${what}`);
}

export async function existingSynthetic(sql: Sql): Promise<ScaleSizes & { workshops: number }> {
  const count = (table: string, prefix: string) =>
    `(SELECT count(*)::int FROM "${table}" WHERE id LIKE '${prefix}%') AS "${table}"`;
  const [row] = await sql<Record<string, number>>(
    `SELECT ${count("Project", ids.project)}, ${count("Organisation", ids.organisation)},
       ${count("Endorsement", ids.endorsement)}, ${count("Recommendation", ids.recommendation)},
       ${count("Workshop", ids.workshop)}`,
  );
  return {
    projects: row.Project,
    organisations: row.Organisation,
    endorsements: row.Endorsement,
    recommendations: row.Recommendation,
    workshops: row.Workshop,
  };
}

// Children first where the foreign keys restrict; cascades take links and status histories.
// A later `npm run db:seed` may have used synthetic organisations (they are isSample
// too) as endorsers and partners of its sample projects: those rows go as well.
export async function removeSynthetic(sql: Sql) {
  await sql(
    `DELETE FROM "Endorsement" WHERE id LIKE '${ids.endorsement}%' OR "organisationId" LIKE '${ids.organisation}%'`,
  );
  await sql(`DELETE FROM "ProjectPartner" WHERE "organisationId" LIKE '${ids.organisation}%'`);
  await sql(`DELETE FROM "Project" WHERE id LIKE '${ids.project}%'`);
  await sql(`DELETE FROM "Recommendation" WHERE id LIKE '${ids.recommendation}%'`);
  await sql(`DELETE FROM "Workshop" WHERE id LIKE '${ids.workshop}%'`);
  await sql(`DELETE FROM "Organisation" WHERE id LIKE '${ids.organisation}%'`);
}
