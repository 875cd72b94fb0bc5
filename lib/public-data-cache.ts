import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import superjson from "superjson";

// A read whose result is the same for every viewer, kept in Next's data cache under the
// tags of what it holds (lib/cache-tags.ts) until a write expires one of them. A cached
// page that makes the read carries its tags too. Pages rendered on request (after a
// form posts) are spared the queries. Next stores the result as JSON; superjson's
// metadata beside it brings Dates back as Dates.
export function cachedPublicRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Promise<Result>,
  tagsOf: (...args: NoInfer<Args>) => string[],
): (...args: Args) => Promise<Result> {
  return async (...args) => {
    const cached = unstable_cache(
      async () => superjson.serialize(await read(...args)),
      [name, JSON.stringify(args)],
      {
        tags: tagsOf(...args),
        // A safety net only: writes expire their tags in every instance (a shared cache with REDIS_URL).
        revalidate: 3600,
      },
    );
    return superjson.deserialize<Result>(await cached());
  };
}

// One entry's read for its detail page, cached per request too: the page's generateMetadata
// and body share one read.
export function cachedEntryRead<Key extends string, Result>(
  name: string,
  read: (key: Key) => Promise<Result>,
  tagsOf: (key: NoInfer<Key>) => string[],
) {
  return cache(cachedPublicRead(name, read, tagsOf));
}
