import { otherMethods } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi";

// The description is the same for every request: built once, served from Next's cache.
export const dynamic = "force-static";

export function GET() {
  return Response.json(openApiDocument, { headers: { "Access-Control-Allow-Origin": "*" } });
}

export const { POST, PUT, PATCH, DELETE } = otherMethods;
