import { apiRoute, otherMethods } from "@/lib/api/handler";
import { listOrganisationsForApi } from "@/lib/api/reads";

export const GET = apiRoute(listOrganisationsForApi);

export const { POST, PUT, PATCH, DELETE } = otherMethods;
