// Next's compiler gives 'next/root-params' the route's root segments; outside Next there
// is no route, so i18n/request.ts falls back to the request's locale.
export async function locale(): Promise<string | undefined> {
  throw new Error("No route outside Next");
}
