-- Each audit entry is chained to the one before by a SHA-256 hash, so that a row altered
-- or removed by someone with database access shows (`npm run audit:verify`).
ALTER TABLE "AuditEntry" ADD COLUMN "sequence" INTEGER,
ADD COLUMN "previousHash" TEXT,
ADD COLUMN "hash" TEXT;

-- What an entry's hash covers: the previous hash and every column, as canonical JSON.
CREATE FUNCTION "audit_entry_hash"(previous TEXT, entry "AuditEntry") RETURNS TEXT AS $$
    SELECT encode(sha256(convert_to(jsonb_build_array(
        previous, entry."sequence", entry."id", entry."actorId", entry."action", entry."entityType",
        entry."entityId", entry."before", entry."after",
        to_char(entry."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS')
    )::text, 'UTF8')), 'hex');
$$ LANGUAGE sql IMMUTABLE;

-- New entries join the chain one at a time: the lock lasts until the transaction ends.
CREATE FUNCTION "chain_audit_entry"() RETURNS trigger AS $$
DECLARE
    head RECORD;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('AuditEntry chain'));
    SELECT "sequence", "hash" INTO head FROM "AuditEntry" ORDER BY "sequence" DESC LIMIT 1;
    NEW."sequence" := COALESCE(head."sequence", 0) + 1;
    -- As stored (timestamp(3)), so that the hash is of what the row holds.
    NEW."createdAt" := date_trunc('milliseconds', NEW."createdAt");
    NEW."previousHash" := COALESCE(head."hash", '');
    NEW."hash" := "audit_entry_hash"(NEW."previousHash", NEW);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- The entries written so far, chained in the order they were written.
ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only";
DO $$
DECLARE
    entry "AuditEntry";
    previous TEXT := '';
    place INTEGER := 0;
BEGIN
    FOR entry IN SELECT * FROM "AuditEntry" ORDER BY "createdAt", "id" LOOP
        place := place + 1;
        entry."sequence" := place;
        entry."previousHash" := previous;
        entry."hash" := "audit_entry_hash"(previous, entry);
        UPDATE "AuditEntry" SET "sequence" = entry."sequence", "previousHash" = entry."previousHash",
            "hash" = entry."hash" WHERE "id" = entry."id";
        previous := entry."hash";
    END LOOP;
END;
$$;
ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_append_only";

ALTER TABLE "AuditEntry" ALTER COLUMN "sequence" SET NOT NULL,
ALTER COLUMN "previousHash" SET NOT NULL,
ALTER COLUMN "hash" SET NOT NULL;
CREATE UNIQUE INDEX "AuditEntry_sequence_key" ON "AuditEntry"("sequence");

CREATE TRIGGER "AuditEntry_chain"
    BEFORE INSERT ON "AuditEntry"
    FOR EACH ROW EXECUTE FUNCTION "chain_audit_entry"();

-- Emptying the log at once is refused like deleting its rows.
CREATE TRIGGER "AuditEntry_no_truncate"
    BEFORE TRUNCATE ON "AuditEntry"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_audit_change"();
