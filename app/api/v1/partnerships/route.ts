import { apiRoute } from "@/lib/api/handler";
import { listPartnershipsForApi } from "@/lib/api/reads";

export const GET = apiRoute(listPartnershipsForApi);
