import { z } from "zod";
import { MAX_PAGE, pageNumber, single, type SearchParams } from "@/lib/search-params";

// One typed schema per list: its filters by the names they have in the URL. The list
// page and its downloads read them leniently (a value the list does not know is named
// and left out), the API strictly (a mistyped parameter or value is a 400); both go
// through the same field schemas, so the three cannot disagree.
export const API_MAX_PER_PAGE = 100;
export const API_DEFAULT_PER_PAGE = 20;

// The first 200 characters of a search are used, on the page and in the API alike.
export const searchText = z
  .string()
  .transform((text) => text.slice(0, 200))
  .describe("Search words: every word must match, by prefix. Results are ranked by relevance.");

export const countryCode = z
  .string()
  .regex(/^[A-Z]{2,5}$/, "Expected a country code in capitals, such as VN, FR or EU")
  .describe("A country code (ISO 3166-1 alpha-2, or EU / ASEAN), as on the list pages.");

export const slug = z.string().min(1).max(200);

export const titleYear = z.coerce.number().int().min(1985).max(2100);

const paging = {
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1).describe("Page number, from 1."),
  per_page: z.coerce
    .number()
    .int()
    .min(1)
    .max(API_MAX_PER_PAGE)
    .default(API_DEFAULT_PER_PAGE)
    .describe(`Rows per page, at most ${API_MAX_PER_PAGE}.`),
};

export type Fields = Record<string, z.ZodType>;
export type FilterValues<F extends Fields> = { [K in keyof F]?: z.output<F[K]> };

export function defineList<const F extends Fields>(pathname: string, fields: F) {
  const optional = Object.fromEntries(
    Object.entries(fields).map(([name, field]) => [name, field.optional()]),
  ) as { [K in keyof F]: z.ZodOptional<F[K]> };
  return {
    pathname,
    fields,
    // Every query parameter the list page reads.
    keys: [...Object.keys(fields), "page"],
    // The API's query: these filters and paging, nothing else.
    apiQuery: z.strictObject({ ...optional, ...paging }),
    // The page's and the downloads' reading: each filter on its own, a parameter given
    // twice by its last value, the page number capped.
    read(params: SearchParams) {
      const values: FilterValues<F> = {};
      const invalid: string[] = [];
      for (const name of Object.keys(fields) as (keyof F & string)[]) {
        const given = single(params[name]);
        if (given === undefined) continue;
        const parsed = fields[name].safeParse(given);
        if (parsed.success) values[name] = parsed.data;
        else invalid.push(name);
      }
      return { values, page: pageNumber(params.page), invalid };
    },
  };
}

// What the page and the downloads need of a list: its lenient reading.
export type ReadableList<F extends Fields> = {
  keys: string[];
  read(params: SearchParams): { values: FilterValues<F>; page: number; invalid: string[] };
};

export function invalidFiltersMessage(params: SearchParams, invalid: string[]) {
  const given = invalid.map((name) => `${name}=${single(params[name])}`).join(", ");
  return `Not a valid filter: ${given}. Use the values the list page offers (country codes in capitals, such as FR).`;
}
