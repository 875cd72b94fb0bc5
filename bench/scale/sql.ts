// What the scale seeder needs from a connection: run one statement with
// parameters and get its rows. Wraps pg, PGlite and Prisma alike.
export type Sql = <Row = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<Row[]>;

export type Value = string | number | boolean | Date | string[] | null | undefined;
export type Row = Record<string, Value>;
// Column name → the SQL type its text is cast to.
export type Columns = Record<string, string>;
export type Insert = { table: string; columns: Columns; rows: Row[] };

// Every value travels as text and is cast in SQL, so the three drivers need not
// agree on how to send dates, enums or arrays.
function asText(value: Value): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.join(",")}}`;
  return String(value);
}

// One multi-row INSERT per batch: a text[] per column, unnested side by side.
export async function insertRows(sql: Sql, { table, columns, rows }: Insert) {
  if (!rows.length) return;
  const names = Object.keys(columns);
  const params = names.map((name) => rows.map((row) => asText(row[name])));
  const casts = names.map((name, i) => `c${i}::${columns[name]}`).join(", ");
  const unnest = names.map((_, i) => `$${i + 1}::text[]`).join(", ");
  const aliases = names.map((_, i) => `c${i}`).join(", ");
  await sql(
    `INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(", ")})
     SELECT ${casts} FROM unnest(${unnest}) AS t(${aliases})`,
    params,
  );
}

// Builds batch n+1 while the database writes batch n: generation and inserts
// overlap on the two cores instead of taking turns.
export async function insertInBatches(
  sql: Sql,
  total: number,
  batchSize: number,
  build: (from: number, to: number) => Insert[],
) {
  let writing: Promise<void> = Promise.resolve();
  for (let from = 0; from < total; from += batchSize) {
    const inserts = build(from, Math.min(total, from + batchSize));
    await writing;
    writing = (async () => {
      for (const insert of inserts) await insertRows(sql, insert);
    })();
  }
  await writing;
}

export const padded = (index: number) => String(index).padStart(6, "0");
