import { insertEndorsements, planEndorsements, syncEndorsementCounts } from "./endorsements";
import { existingSynthetic, realEntries, removeSynthetic } from "./guard";
import { SCALE_SEED, type ScaleSizes } from "./options";
import { buildOrganisations, organisationColumns } from "./organisations";
import { projectBuilder } from "./projects";
import { buildRecommendations, buildWorkshops } from "./recommendations";
import { loadReference } from "./reference";
import { insertInBatches, insertRows, type Sql } from "./sql";

export type ScaleOptions = {
  seed?: number;
  // Add synthetic rows even though the database holds real entries.
  force?: boolean;
  // Remove earlier synthetic rows of other sizes and seed again.
  replace?: boolean;
  batchSize?: number;
  log?: (message: string) => void;
};

export type ScaleResult = {
  status: "seeded" | "unchanged";
  sizes: ScaleSizes;
  workshops: number;
  corrected: number;
};

export class ScaleSeedRefused extends Error {}

const sameSizes = (a: ScaleSizes, b: ScaleSizes) =>
  a.projects === b.projects &&
  a.organisations === b.organisations &&
  a.endorsements === b.endorsements &&
  a.recommendations === b.recommendations;

// Fills the database with synthetic, deterministic rows on top of the normal seed.
// The caller owns the transaction, so a failure leaves nothing half-made.
export async function seedScale(
  sql: Sql,
  sizes: ScaleSizes,
  options: ScaleOptions = {},
): Promise<ScaleResult> {
  const { seed = SCALE_SEED, batchSize = 5_000, log = () => {} } = options;
  const real = await realEntries(sql);
  if (real.length && !options.force)
    throw new ScaleSeedRefused(
      `The database holds real entries (${real.join(", ")}); synthetic data would mix with them. Use a database of its own, or pass --force.`,
    );
  const existing = await existingSynthetic(sql);
  if (Object.values(existing).some((count) => count > 0)) {
    if (sameSizes(existing, sizes)) {
      log("Already scaled to these sizes: nothing to do.");
      return { status: "unchanged", sizes, workshops: existing.workshops, corrected: 0 };
    }
    if (!options.replace)
      throw new ScaleSeedRefused(
        `The database already holds synthetic data of other sizes (${JSON.stringify(existing)}). Pass --replace to remove it and seed again.`,
      );
    await step(log, "removed earlier synthetic rows", () => removeSynthetic(sql));
  }

  const reference = await loadReference(sql);
  const plan = planEndorsements(sizes, seed);
  const organisations = buildOrganisations(sizes.organisations, reference, seed);
  await step(log, `${sizes.organisations} organisations`, () =>
    insertInBatches(sql, sizes.organisations, batchSize, (from, to) => [
      { table: "Organisation", columns: organisationColumns, rows: organisations.rows.slice(from, to) },
    ]),
  );
  const workshops = buildWorkshops(sizes.recommendations, reference, seed);
  const recommendations = buildRecommendations(
    plan.recommendations,
    workshops.workshops,
    organisations.refs,
    seed,
  );
  await step(
    log,
    `${workshops.workshops.length} workshops, ${sizes.recommendations} recommendations`,
    async () => {
      for (const insert of [...workshops.inserts, ...recommendations.inserts]) await insertRows(sql, insert);
    },
  );
  const projects = projectBuilder(
    {
      reference,
      organisations: organisations.refs,
      workshops: workshops.workshops,
      recommendationIds: recommendations.targets.map((target) => target.id),
      counts: plan.projects,
    },
    seed,
  );
  await step(log, `${sizes.projects} projects with their countries, cities and partners`, () =>
    insertInBatches(sql, sizes.projects, batchSize, projects.build),
  );
  const organisationIds = organisations.refs.map((organisation) => organisation.id);
  await step(log, `${sizes.endorsements} endorsements`, async () => {
    await insertEndorsements(sql, "projectId", projects.targets, organisationIds, plan.offset, 20_000);
    await insertEndorsements(
      sql,
      "recommendationId",
      recommendations.targets,
      organisationIds,
      plan.offset,
      20_000,
    );
  });
  const corrected = await step(log, "stored endorsement counts checked", () => syncEndorsementCounts(sql));
  return { status: "seeded", sizes, workshops: workshops.workshops.length, corrected };
}

async function step<T>(log: (message: string) => void, what: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  log(`${what}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}
