import type { PrismaClient } from "@/lib/generated/prisma/client";

// The audit log's hash chain (see its migration): each entry's hash covers the previous
// entry's hash and its own columns, recomputed here by the database's own function.
export type ChainCheck =
  | { ok: true; entries: number; head: { sequence: number; hash: string } | null }
  | { ok: false; entries: number; sequence: number; id: string; problem: string };

type Link = {
  sequence: number;
  id: string;
  hash: string;
  previousHash: string;
  expected: string;
  earlierHash: string | null;
  earlierSequence: number | null;
};

export async function checkAuditChain(db: Pick<PrismaClient, "$queryRaw">): Promise<ChainCheck> {
  const [links, [count]] = await Promise.all([
    db.$queryRaw<Link[]>`
      SELECT * FROM (
        SELECT "sequence", "id", "hash", "previousHash", "audit_entry_hash"("previousHash", e) AS expected,
          lag("hash") OVER (ORDER BY "sequence") AS "earlierHash",
          lag("sequence") OVER (ORDER BY "sequence") AS "earlierSequence"
        FROM "AuditEntry" e
      ) link
      WHERE expected <> "hash" OR "previousHash" <> COALESCE("earlierHash", '')
        OR "sequence" <> COALESCE("earlierSequence", 0) + 1
      ORDER BY "sequence" LIMIT 1`,
    db.$queryRaw<{ entries: number; sequence: number | null; hash: string | null }[]>`
      SELECT count(*)::int AS entries, max("sequence") AS sequence,
        (SELECT "hash" FROM "AuditEntry" ORDER BY "sequence" DESC LIMIT 1) AS hash
      FROM "AuditEntry"`,
  ]);
  const [broken] = links;
  if (!broken)
    return {
      ok: true,
      entries: count.entries,
      head: count.sequence === null ? null : { sequence: count.sequence, hash: count.hash! },
    };
  const problem =
    broken.expected !== broken.hash
      ? "its columns no longer match its hash: the entry was altered"
      : broken.sequence !== (broken.earlierSequence ?? 0) + 1
        ? `entries ${(broken.earlierSequence ?? 0) + 1} to ${broken.sequence - 1} are missing: they were removed`
        : "it does not follow the entry before it: that entry was altered or replaced";
  return { ok: false, entries: count.entries, sequence: broken.sequence, id: broken.id, problem };
}
