import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit";
import { checkAuditChain } from "@/lib/audit-chain";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const entry = (entityId: string) => ({
  actorId: null,
  action: "test.chain",
  entityType: "Test",
  entityId,
  before: { note: "before" },
  after: { note: "after", list: [1, 2] },
});

// The trigger's own error (insufficient_privilege), as the driver adapter reports it.
const refused = {
  meta: {
    driverAdapterError: { cause: { code: "42501", message: "Audit entries cannot be changed or deleted" } },
  },
};

const write = (entityId: string) => db.$transaction((tx) => recordAudit(tx, entry(entityId)));

// Someone with database access, bypassing the triggers, inside a transaction that is
// rolled back: what audit:verify would then report.
async function tampered(change: (tx: Prisma.TransactionClient) => Promise<unknown>) {
  let check: Awaited<ReturnType<typeof checkAuditChain>> | undefined;
  await db
    .$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`ALTER TABLE "AuditEntry" DISABLE TRIGGER USER`);
      await change(tx);
      check = await checkAuditChain(tx);
      throw new Error("roll back");
    })
    .catch((error: Error) => {
      if (error.message !== "roll back") throw error;
    });
  return check!;
}

describe("the audit log's hash chain", () => {
  it("chains every entry to the one before, also when written in parallel", async () => {
    const before = await db.auditEntry.count();
    await Promise.all(Array.from({ length: 8 }, (_, index) => write(`parallel-${index}`)));
    const check = await checkAuditChain(db);
    expect(check).toMatchObject({ ok: true, entries: before + 8 });
    const last = await db.auditEntry.findFirstOrThrow({ orderBy: { sequence: "desc" } });
    expect(check.ok && check.head).toEqual({ sequence: last.sequence, hash: last.hash });
    expect(last.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reports the first entry whose columns were altered", async () => {
    const altered = await write("altered");
    await write("after-altered");
    const check = await tampered(
      (tx) =>
        tx.$executeRaw`UPDATE "AuditEntry" SET "after" = '{"note":"forged"}' WHERE "id" = ${altered.id}`,
    );
    expect(check).toMatchObject({ ok: false, sequence: altered.sequence, id: altered.id });
    expect(!check.ok && check.problem).toMatch(/altered/);
  });

  it("reports removed entries and a rewritten chain", async () => {
    const removed = await write("removed");
    const next = await write("after-removed");
    const cut = await tampered((tx) => tx.$executeRaw`DELETE FROM "AuditEntry" WHERE "id" = ${removed.id}`);
    expect(cut).toMatchObject({ ok: false, sequence: next.sequence });
    expect(!cut.ok && cut.problem).toMatch(/removed/);

    // A forged entry given a hash of its own still does not follow the one before it.
    const forged = await tampered(async (tx) => {
      await tx.$executeRaw`UPDATE "AuditEntry" SET "action" = 'forged' WHERE "id" = ${removed.id}`;
      await tx.$executeRaw`UPDATE "AuditEntry" e SET "hash" = "audit_entry_hash"("previousHash", e)
        WHERE "id" = ${removed.id}`;
    });
    expect(forged).toMatchObject({ ok: false, sequence: next.sequence });
  });

  it("refuses TRUNCATE, as it refuses UPDATE and DELETE", async () => {
    const kept = await write("kept");
    const count = await db.auditEntry.count();
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEntry"`)).rejects.toMatchObject(refused);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEntry" CASCADE`)).rejects.toMatchObject(refused);
    await expect(
      db.$executeRaw`UPDATE "AuditEntry" SET "action" = 'forged' WHERE "id" = ${kept.id}`,
    ).rejects.toMatchObject(refused);
    expect(await db.auditEntry.count()).toBe(count);
  });
});
