import "server-only";
import { unstable_cache } from "next/cache";
import superjson from "superjson";

// Every write expires this tag (lib/revalidate.ts).
export const PUBLIC_DATA_TAG = "public-data";

// A read whose result is the same for every viewer, kept in Next's data cache
// until a write expires it. Signed-in pages render on every request (they show
// who is viewing) but their lists and entries are public: this spares each such
// render the queries, which are a fifth of its time on /projects and more on an
// entry's page. Next stores the result as JSON; superjson's metadata beside it
// brings Dates back as Dates.
export function cachedPublicRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  const cached = unstable_cache(async (...args: Args) => superjson.serialize(await read(...args)), [name], {
    tags: [PUBLIC_DATA_TAG],
    // Like the cached pages: another server process's write is seen within the hour.
    revalidate: 3600,
  });
  return async (...args) => superjson.deserialize<Result>(await cached(...args));
}
