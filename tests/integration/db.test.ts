import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { storeKind } from "@/lib/store";

describe("test database", () => {
  it("uses the store the environment asks for", () => {
    expect(storeKind()).toBe(process.env.DATABASE_URL ? "postgres" : "pglite");
  });

  it("refuses to change or delete audit entries", async () => {
    const entry = await db.auditEntry.create({ data: { action: "test", entityType: "Test", entityId: "1" } });
    await expect(
      db.auditEntry.update({ where: { id: entry.id }, data: { action: "changed" } }),
    ).rejects.toThrow();
    await expect(db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow();
  });

  it("refuses a partnership between two designations of one programme", async () => {
    const [first, second] = await db.designation.findMany({
      where: { programme: "ECOC", year: 2019 },
      take: 2,
    });
    await expect(
      db.cityPartnership.create({
        data: { ecocDesignationId: first.id, cceaDesignationId: second.id, rationale: "invalid" },
      }),
    ).rejects.toThrow();
  });

  it("refuses a duplicate pairing and an endorsement with two targets", async () => {
    const existing = await db.cityPartnership.findFirstOrThrow();
    await expect(
      db.cityPartnership.create({
        data: {
          ecocDesignationId: existing.ecocDesignationId,
          cceaDesignationId: existing.cceaDesignationId,
          rationale: "duplicate",
        },
      }),
    ).rejects.toThrow();
    const project = await db.project.findFirstOrThrow();
    const recommendation = await db.recommendation.findFirstOrThrow();
    const organisation = await db.organisation.findFirstOrThrow({
      where: { id: { not: project.leadOrganisationId } },
    });
    await expect(
      db.endorsement.create({
        data: { organisationId: organisation.id, projectId: project.id, recommendationId: recommendation.id },
      }),
    ).rejects.toThrow();
  });
});
