import "server-only";
import { randomBytes } from "node:crypto";
import slugify from "@sindresorhus/slugify";

const MAX_SLUG_LENGTH = 80;

// A readable address for a new record: the title's slug, or the slug with a
// number when it is taken ("festival-2"). The unique index is the real guard; a
// race lost there retries with a random suffix (see withUniqueSlug).
export async function availableSlug(
  title: string,
  taken: (prefix: string) => Promise<string[]>,
  fallback = "entry",
): Promise<string> {
  const base = slugify(title).slice(0, MAX_SLUG_LENGTH).replace(/-+$/, "") || fallback;
  const existing = new Set(await taken(base));
  if (!existing.has(base)) return base;
  for (let number = 2; ; number++) {
    const candidate = `${base}-${number}`;
    if (!existing.has(candidate)) return candidate;
  }
}

export function randomSlugSuffix() {
  return randomBytes(3).toString("hex");
}

// Runs create(slug); when another request took the slug in the meantime, tries once more with a random suffix.
export async function withUniqueSlug<T>(slug: string, create: (slug: string) => Promise<T>): Promise<T> {
  try {
    return await create(slug);
  } catch (error) {
    if (!isUniqueViolation(error, "slug")) throw error;
    return create(`${slug}-${randomSlugSuffix()}`);
  }
}

// A unique index refused the write (on the named column, when one is given).
// Prisma reports it as P2002, except for the PGlite adapter inside interactive
// transactions, whose DriverAdapterError carries Postgres' own code, 23505.
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta, cause } = error as { code?: string; meta?: unknown; cause?: { code?: string } };
  const unique = code === "P2002" || cause?.code === "23505";
  if (!unique || !field) return unique;
  return JSON.stringify({ meta, cause, message: (error as Error).message }).includes(field);
}
