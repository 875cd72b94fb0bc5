// How long a shared cache (a CDN, a caching proxy) may keep a response that is the same
// for everyone: seconds, since it hears of no write. Browsers ask again every time.
export const SHARED_MAX_AGE = 10;
export const sharedCacheControl = `public, max-age=0, s-maxage=${SHARED_MAX_AGE}`;

// Next sends its cached pages with `s-maxage=<revalidate>, stale-while-revalidate=<a year>`,
// the lifetime of its own cache, which writes expire; a shared cache would keep them that
// long. server.ts sends this instead. Other values (private, no-store) pass unchanged.
export function honestCacheControl(value: string): string {
  return /\bs-maxage=/.test(value) ? sharedCacheControl : value;
}
