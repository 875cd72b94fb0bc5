import { apiRoute } from "@/lib/api/handler";
import { listOrganisationsForApi } from "@/lib/api/reads";

export const GET = apiRoute(listOrganisationsForApi);
