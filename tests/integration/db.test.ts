import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { storeKind } from "@/lib/store";
import {
  createEndorsement,
  createOrganisation,
  createPartnership,
  createProject,
  createRecommendation,
} from "../setup/factories";

describe("test database", () => {
  it("uses the store the environment asks for, migrated and seeded", async () => {
    expect(storeKind()).toBe(process.env.DATABASE_URL ? "postgres" : "pglite");
    expect(await db.country.count({ where: { asemPartner: true } })).toBe(53);
    expect(await db.designation.count({ where: { programme: "ECOC" } })).toBe(85);
    expect(await db.designation.count({ where: { programme: "CCEA" } })).toBe(44);
    expect(
      await db.recommendation.count({ where: { isSample: false, workshop: { slug: "ha-long-2010" } } }),
    ).toBe(5);
  });

  it("refuses to change or delete audit entries", async () => {
    const entry = await db.auditEntry.create({ data: { action: "test", entityType: "Test", entityId: "1" } });
    await expect(
      db.auditEntry.update({ where: { id: entry.id }, data: { action: "changed" } }),
    ).rejects.toThrow(/cannot be changed or deleted/);
    await expect(db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(
      /cannot be changed or deleted/,
    );
  });

  it("refuses a partnership between two designations of one programme", async () => {
    const [first, second] = await db.designation.findMany({ where: { programme: "ECOC", year: 2019 } });
    await expect(
      db.cityPartnership.create({
        data: { ecocDesignationId: first.id, cceaDesignationId: second.id, rationale: "invalid" },
      }),
    ).rejects.toThrow(/pairs an ECoC designation with a CCEA designation/);
  });

  it("refuses a duplicate pairing", async () => {
    const { ecocDesignationId, cceaDesignationId } = await createPartnership();
    await expect(
      db.cityPartnership.create({ data: { ecocDesignationId, cceaDesignationId, rationale: "duplicate" } }),
    ).rejects.toThrow(/unique constraint/i);
  });

  it("refuses an endorsement with two targets and counts one with a single target", async () => {
    const project = await createProject({ countries: ["VN", "DE"] });
    const recommendation = await createRecommendation();
    const organisation = await createOrganisation();
    await expect(
      db.endorsement.create({
        data: { organisationId: organisation.id, projectId: project.id, recommendationId: recommendation.id },
      }),
    ).rejects.toThrow(/Endorsement_one_target_check/);

    await createEndorsement({ projectId: project.id, organisationId: organisation.id });
    const stored = await db.project.findUniqueOrThrow({
      where: { id: project.id },
      select: { endorsementCount: true, countries: { select: { countryCode: true } } },
    });
    expect(stored.endorsementCount).toBe(1);
    expect(stored.countries.map((country) => country.countryCode).sort()).toEqual(["DE", "VN"]);
  });
});
