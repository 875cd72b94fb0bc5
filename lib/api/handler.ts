import "server-only";
import { sharedCacheControl } from "@/lib/http-cache";
import type { z } from "zod";
import { errorResponse as portalError, type ErrorIssue as Issue } from "./error";
import { API_REQUESTS_PER_MINUTE, apiRetryAfter } from "./rate-limit";

// Every read API response: JSON, open to other origins (nothing here depends on cookies),
// rate-limited per client address, with the portal's one error shape (./error.ts).

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 405,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
  }
}

export const invalidQuery = (issues: Issue[]) => new ApiError(400, "Invalid query parameters.", issues);

const common = { "Access-Control-Allow-Origin": "*" };

function errorResponse(status: number, message: string, issues?: Issue[], headers?: Record<string, string>) {
  return portalError(status, message, { issues, headers: { ...common, ...headers } });
}

export function apiRoute<Context>(handler: (request: Request, context: Context) => Promise<unknown>) {
  return async (request: Request, context: Context): Promise<Response> => {
    const retryAfter = await apiRetryAfter(request.headers);
    if (retryAfter)
      return errorResponse(
        429,
        `Too many requests: at most ${API_REQUESTS_PER_MINUTE} a minute from one address. Try again in ${retryAfter} s.`,
        undefined,
        { "Retry-After": String(retryAfter) },
      );
    try {
      const body = await handler(request, context);
      // Public data that may be a minute old; lists and records change only on writes.
      return Response.json(body, { headers: { ...common, "Cache-Control": sharedCacheControl } });
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error.status, error.message, error.issues);
      throw error;
    }
  };
}

// The query string checked against a schema; a parameter given twice is refused rather than guessed at.
export function parseQuery<Schema extends z.ZodType>(request: Request, schema: Schema): z.output<Schema> {
  const query = new URL(request.url).searchParams;
  const repeated = [...new Set(query.keys())].filter((key) => query.getAll(key).length > 1);
  if (repeated.length)
    throw invalidQuery(repeated.map((parameter) => ({ parameter, message: "Give this parameter once." })));
  const parsed = schema.safeParse(Object.fromEntries(query));
  if (parsed.success) return parsed.data;
  throw invalidQuery(
    parsed.error.issues.map((issue) => ({
      parameter:
        issue.code === "unrecognized_keys" ? issue.keys.join(", ") : issue.path.map(String).join("."),
      message: issue.code === "unrecognized_keys" ? "Unknown parameter." : issue.message,
    })),
  );
}

// What the API answers to any path it does not have (app/api/v1/[...path]).
export function unknownApiPath(request: Request): Response {
  return errorResponse(
    404,
    `There is no ${new URL(request.url).pathname} in the API: see /api/v1/openapi.json.`,
  );
}

// Every API path answers GET (HEAD and OPTIONS come with it); any other method is refused
// with the API's error and the Allow header. Each route exports these beside its GET.
const refuseMethod = async (request: Request) =>
  errorResponse(405, `${request.method} is not allowed here: the API only reads.`, undefined, {
    Allow: "GET, HEAD, OPTIONS",
  });

export const otherMethods = {
  POST: refuseMethod,
  PUT: refuseMethod,
  PATCH: refuseMethod,
  DELETE: refuseMethod,
};
