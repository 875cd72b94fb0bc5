import { apiRoute, otherMethods } from "@/lib/api/handler";
import { getOrganisationForApi } from "@/lib/api/reads";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ slug: string }> }) =>
  getOrganisationForApi(request, (await params).slug),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods;
