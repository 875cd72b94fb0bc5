import { ids } from "./guard";
import { RECOMMENDATION_SHARE, type ScaleSizes } from "./options";
import { allocate, fakerFor, LATEST, streams } from "./random";
import type { Target } from "./recommendations";
import type { Sql } from "./sql";
import { endorsementStatements } from "./vocabulary";

// How many endorsements each project and recommendation gets: a long tail, as on
// real platforms (log-normal weights), summing exactly to the requested total.
export function planEndorsements(sizes: ScaleSizes, seed: number) {
  const faker = fakerFor(seed, streams.endorsements);
  const weights = (count: number) =>
    Array.from({ length: count }, () => {
      const u = faker.number.float({ min: 1e-9, max: 1 });
      const v = faker.number.float({ min: 0, max: 1 });
      return Math.exp(1.1 * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
    });
  const toRecommendations = sizes.recommendations ? Math.round(sizes.endorsements * RECOMMENDATION_SHARE) : 0;
  // An organisation endorses an entry once, and never its own.
  const cap = sizes.organisations - 1;
  return {
    projects: allocate(sizes.endorsements - toRecommendations, weights(sizes.projects), cap),
    recommendations: allocate(toRecommendations, weights(sizes.recommendations), cap),
    // Where each entry's run of endorsing organisations starts, past its own organisation.
    offset: (count: number) => faker.number.int(sizes.organisations - 1 - count),
  };
}

// One INSERT … SELECT per batch of entries: generate_series makes entry t's k-th
// endorsement, by organisation (owner + 1 + offset + k) mod n. Those are distinct
// for k < count ≤ n - 1 and never the owner, so the unique indexes always hold.
export async function insertEndorsements(
  sql: Sql,
  column: "projectId" | "recommendationId",
  targets: Target[],
  organisationIds: string[],
  offset: (count: number) => number,
  batchSize: number,
) {
  const n = organisationIds.length;
  for (let from = 0; from < targets.length; from += batchSize) {
    const batch = targets.slice(from, from + batchSize).filter((target) => target.count > 0);
    if (!batch.length) continue;
    await sql(
      `WITH o AS (SELECT id, ordinality - 1 AS idx FROM unnest($1::text[]) WITH ORDINALITY AS o(id))
       INSERT INTO "Endorsement" (id, "organisationId", "${column}", statement, "isSample", "createdAt")
       SELECT '${ids.endorsement}' || t.key || '-' || k, o.id, t.id,
         CASE WHEN k % 9 = 0 THEN ($7::text[])[1 + (k / 9) % ${endorsementStatements.length}] END,
         true, LEAST(t.created::timestamp + k * interval '19 hours' + (k % 7) * interval '53 minutes',
                   $8::text::timestamp)
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(key, id, first, count, created)
       CROSS JOIN LATERAL generate_series(0, t.count::int - 1) AS k
       JOIN o ON o.idx = (t.first::int + k) % ${n}`,
      [
        organisationIds,
        batch.map((target) => target.key),
        batch.map((target) => target.id),
        batch.map((target) => String((target.owner + 1 + offset(target.count)) % n)),
        batch.map((target) => String(target.count)),
        batch.map((target) => target.createdAt.toISOString()),
        endorsementStatements,
        LATEST.toISOString(),
      ],
    );
  }
}

// The stored counters, set to the real counts in one statement per table; returns
// how many rows were off (none, unless rows outside the synthetic set had drifted).
export async function syncEndorsementCounts(sql: Sql) {
  let corrected = 0;
  for (const [table, column] of [
    ["Project", "projectId"],
    ["Recommendation", "recommendationId"],
  ]) {
    const rows = await sql<{ id: string }>(
      `UPDATE "${table}" x SET "endorsementCount" = c.n
       FROM (SELECT t.id, count(e.id)::int AS n FROM "${table}" t
             LEFT JOIN "Endorsement" e ON e."${column}" = t.id GROUP BY t.id) c
       WHERE x.id = c.id AND x."endorsementCount" <> c.n
       RETURNING x.id`,
    );
    corrected += rows.length;
  }
  return corrected;
}
