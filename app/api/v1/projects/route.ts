import { apiRoute } from "@/lib/api/handler";
import { listProjectsForApi } from "@/lib/api/reads";

export const GET = apiRoute(listProjectsForApi);
