import { apiRoute } from "@/lib/api/handler";
import { getRecommendationForApi } from "@/lib/api/reads";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) =>
  getRecommendationForApi(request, (await params).id),
);
