// The one error every route handler answers with, in JSON, whatever it serves
// (the API, the downloads, the viewer endpoints, the sitemaps): { error: { status,
// message, issues? } }, described as "Error" in the API's OpenAPI document. Messages
// stay in English, like the data. Never kept by a cache.
export type ErrorIssue = { parameter: string; message: string };

export function errorBody(status: number, message: string, issues?: ErrorIssue[]) {
  return { error: { status, message, ...(issues && { issues }) } };
}

export function errorResponse(
  status: number,
  message: string,
  { issues, headers }: { issues?: ErrorIssue[]; headers?: Record<string, string> } = {},
) {
  return Response.json(errorBody(status, message, issues), {
    status,
    headers: { "Cache-Control": "no-store", ...headers },
  });
}
