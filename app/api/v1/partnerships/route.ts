import { apiRoute, otherMethods } from "@/lib/api/handler";
import { listPartnershipsForApi } from "@/lib/api/reads";

export const GET = apiRoute(listPartnershipsForApi);

export const { POST, PUT, PATCH, DELETE } = otherMethods;
