import { apiRoute, otherMethods } from "@/lib/api/handler";
import { listRecommendationsForApi } from "@/lib/api/reads";

export const GET = apiRoute(listRecommendationsForApi);

export const { POST, PUT, PATCH, DELETE } = otherMethods;
