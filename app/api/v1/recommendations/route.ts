import { apiRoute } from "@/lib/api/handler";
import { listRecommendationsForApi } from "@/lib/api/reads";

export const GET = apiRoute(listRecommendationsForApi);
