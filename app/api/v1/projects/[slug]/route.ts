import { apiRoute, otherMethods } from "@/lib/api/handler";
import { getProjectForApi } from "@/lib/api/reads";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ slug: string }> }) =>
  getProjectForApi(request, (await params).slug),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods;
