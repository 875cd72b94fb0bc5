import { beforeAll, describe, expect, it } from "vitest";
import { existingSynthetic } from "@/bench/scale/guard";
import { ScaleSeedRefused, seedScale } from "@/bench/scale/index";
import type { Sql } from "@/bench/scale/sql";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seed } from "../../prisma/seed/index";
import { createProject } from "../setup/factories";
import { createMember } from "../setup/members";

const sql: Sql = <Row>(text: string, params: unknown[] = []) => db.$queryRawUnsafe<Row[]>(text, ...params);
const tiny = { projects: 200, organisations: 50, endorsements: 2_000, recommendations: 20 };

const firstTitles = async () =>
  (
    await db.project.findMany({ where: { id: { startsWith: "syn-p-" } }, orderBy: { id: "asc" }, take: 5 })
  ).map((project) => project.title);

const count = async (query: string) =>
  (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM (${query}) q`))[0].n;

describe("the scale seed", () => {
  beforeAll(async () => {
    expect((await seedScale(sql, tiny)).status).toBe("seeded");
  });

  it("adds the requested numbers of synthetic rows, all flagged sample data", async () => {
    expect(await existingSynthetic(sql)).toEqual({ ...tiny, workshops: 1 });
    expect(
      await count(
        `SELECT 1 FROM "Project" WHERE id LIKE 'syn-p-%' AND (NOT "isSample" OR slug NOT LIKE 'synthetic-%')`,
      ),
    ).toBe(0);
    expect(await count(`SELECT 1 FROM "Organisation" WHERE id LIKE 'syn-o-%' AND NOT "isSample"`)).toBe(0);
  });

  it("endorses each entry at most once per organisation, never by its own", async () => {
    for (const column of ["projectId", "recommendationId"])
      expect(
        await count(`SELECT 1 FROM "Endorsement" WHERE "${column}" IS NOT NULL
                     GROUP BY "organisationId", "${column}" HAVING count(*) > 1`),
      ).toBe(0);
    expect(
      await count(`SELECT 1 FROM "Endorsement" e JOIN "Project" p ON p.id = e."projectId"
                   WHERE p."leadOrganisationId" = e."organisationId"`),
    ).toBe(0);
  });

  it("stores endorsement counts equal to the real counts", async () => {
    for (const [table, column] of [
      ["Project", "projectId"],
      ["Recommendation", "recommendationId"],
    ])
      expect(
        await count(`SELECT 1 FROM "${table}" t
                     WHERE t."endorsementCount" <> (SELECT count(*) FROM "Endorsement" e WHERE e."${column}" = t.id)`),
      ).toBe(0);
  });

  it("keeps the stored count of published projects exact through its bulk inserts", async () => {
    const [{ stored }] = await sql<{ stored: number }>(
      `SELECT count::int AS stored FROM "PublishedCount" WHERE "table" = 'Project'`,
    );
    expect(stored).toBe(await count(`SELECT 1 FROM "Project" WHERE visibility = 'PUBLISHED'`));
  });

  it("leaves a database scaled to the same sizes as it is, and refuses other sizes unless told to replace", async () => {
    expect((await seedScale(sql, tiny)).status).toBe("unchanged");
    await expect(seedScale(sql, { ...tiny, projects: 100 })).rejects.toThrow(ScaleSeedRefused);
  });

  it("makes the same rows from the same seed", async () => {
    const before = await firstTitles();
    expect(before).toHaveLength(5);
    // The normal seed rerun takes synthetic organisations as sample endorsers: --replace must cope.
    // The app's client omits password hashes, which only narrows result types.
    await seed(db as unknown as PrismaClient);
    await seedScale(sql, { ...tiny, projects: 100 }, { replace: true });
    expect(await existingSynthetic(sql)).toMatchObject({ projects: 100 });
    await seedScale(sql, tiny, { replace: true });
    expect(await firstTitles()).toEqual(before);
  });

  it("refuses a database that holds real entries unless forced", async () => {
    // The seed's entries from public sources were submitted by no one: they do not count.
    expect((await seedScale(sql, tiny)).status).toBe("unchanged");
    const member = await createMember();
    await createProject({ leadOrganisationId: member.organisationId, createdById: member.id });
    await expect(seedScale(sql, tiny)).rejects.toThrow(/real entries \(1 projects, 1 user accounts\)/);
    expect((await seedScale(sql, tiny, { force: true })).status).toBe("unchanged");
  });
});
