import { z } from "zod";

// Filters live in the URL. These helpers read them leniently: a value the
// portal does not know is ignored rather than answered with an error page.
export type SearchParams = Record<string, string | string[] | undefined>;

export const PAGE_SIZE = 20;
export const MAX_PAGE = 10_000;

// A parameter's one value, trimmed. Given twice (?country=FR&country=DE), its last, as the
// rewrites to a list's cached copy read it (next.config.mjs), so that a list on request and
// its copy agree.
export function single(value: string | string[] | undefined): string | undefined {
  const given = Array.isArray(value) ? value.at(-1) : value;
  const trimmed = given?.trim();
  return trimmed ? trimmed : undefined;
}

export function oneOf<T extends string>(
  value: string | string[] | undefined,
  allowed: readonly T[],
): T | undefined {
  const given = single(value);
  return allowed.find((option) => option === given);
}

export function pageNumber(value: string | string[] | undefined): number {
  const parsed = z.coerce.number().int().min(1).max(MAX_PAGE).safeParse(single(value));
  return parsed.success ? parsed.data : 1;
}

export function textQuery(value: string | string[] | undefined): string | undefined {
  return single(value)?.slice(0, 200);
}

export function yearParam(value: string | string[] | undefined): number | undefined {
  const parsed = z.coerce.number().int().min(1985).max(2100).safeParse(single(value));
  return parsed.success ? parsed.data : undefined;
}

// A request's query as a page receives it: a parameter given twice becomes a list.
export function searchParamsOf(query: URLSearchParams): SearchParams {
  const params: SearchParams = {};
  for (const key of new Set(query.keys())) {
    const all = query.getAll(key);
    params[key] = all.length > 1 ? all : all[0];
  }
  return params;
}

// The URL of the same list with some parameters changed (undefined removes one).
export function hrefWith(
  pathname: string,
  params: SearchParams,
  changes: Record<string, string | number | undefined>,
) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const given = single(value);
    if (given !== undefined && !(key in changes)) query.set(key, given);
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined && value !== "") query.set(key, String(value));
  }
  const search = query.toString();
  return search ? `${pathname}?${search}` : pathname;
}

export function pageCount(total: number, pageSize = PAGE_SIZE) {
  return Math.max(1, Math.ceil(total / pageSize));
}
