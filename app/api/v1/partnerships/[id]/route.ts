import { apiRoute, otherMethods } from "@/lib/api/handler";
import { getPartnershipForApi } from "@/lib/api/reads";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) =>
  getPartnershipForApi(request, (await params).id),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods;
