import { apiRoute, otherMethods } from "@/lib/api/handler";
import { listProjectsForApi } from "@/lib/api/reads";

export const GET = apiRoute(listProjectsForApi);

export const { POST, PUT, PATCH, DELETE } = otherMethods;
