import pg from "pg";

// Databases that tests and the benchmark create and drop next to DATABASE_URL
// (<name>_tpl, _w<N>, _e2e, _bench): only ever on this machine's server.

export function localDatabaseUrl(): URL | undefined {
  if (!process.env.DATABASE_URL) return undefined;
  const url = new URL(process.env.DATABASE_URL);
  if (!["localhost", "127.0.0.1", "[::1]", "::1"].includes(url.hostname)) {
    throw new Error(
      `Refusing a non-local database (${url.hostname}): tests and the benchmark create and drop databases next to it.`,
    );
  }
  return url;
}

export function withDatabase(url: URL, name: string) {
  const copy = new URL(url);
  copy.pathname = `/${name}`;
  return copy.toString();
}

export async function adminQuery(url: URL, sql: string) {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
