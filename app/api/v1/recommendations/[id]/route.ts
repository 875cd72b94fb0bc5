import { apiRoute, otherMethods } from "@/lib/api/handler";
import { getRecommendationForApi } from "@/lib/api/reads";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) =>
  getRecommendationForApi(request, (await params).id),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods;
