import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Transaction = Prisma.TransactionClient;

// One audit entry, written with the transaction of the change it records so that
// neither exists without the other. The table refuses updates and deletes.
export function recordAudit(
  tx: Transaction,
  entry: {
    // null for what the portal did by itself (an address on a proven domain joining).
    actorId: string | null;
    action: string;
    entityType: string;
    entityId: string;
    before?: Prisma.InputJsonValue | null;
    after?: Prisma.InputJsonValue | null;
  },
) {
  return tx.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}

type Field = Prisma.InputJsonValue | Date | null;
const asJson = (value: Field | undefined) => (value instanceof Date ? value.toISOString() : (value ?? null));

// A change of some fields of one row, recorded with those fields as they were and as
// they became: `before` may hold more, only the fields `after` sets are kept.
export function recordChange<After extends Record<string, Field>>(
  tx: Transaction,
  actorId: string,
  action: string,
  [entityType, entityId]: [type: string, id: string],
  before: { [Name in keyof After]: Field },
  after: After,
) {
  const fields = Object.keys(after);
  const pick = (row: Record<string, Field>) =>
    Object.fromEntries(fields.map((name) => [name, asJson(row[name])]));
  return recordAudit(tx, { actorId, action, entityType, entityId, before: pick(before), after: pick(after) });
}
