// Route handlers (the API, downloads, feeds, sitemaps) called as Next calls them: a request
// for a path on the portal, with the route's params.
export type RouteHandler = (request: Request, context: never) => Response | Promise<Response>;

type RouteCall = { params?: Record<string, string>; method?: string; headers?: Record<string, string> };

export function callRoute(
  handler: RouteHandler,
  path: string,
  { params = {}, method, headers }: RouteCall = {},
) {
  return handler(new Request(`http://localhost${path}`, { method, headers }), {
    params: Promise.resolve(params),
  } as never);
}

// The answer of a JSON route: its status, headers and body.
export async function callJsonRoute<Body>(handler: RouteHandler, path: string, call: RouteCall = {}) {
  const response = await callRoute(handler, path, call);
  return { status: response.status, headers: response.headers, body: (await response.json()) as Body };
}
