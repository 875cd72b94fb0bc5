import { organisationDownload } from "@/lib/open-data/downloads";

export const GET = organisationDownload("json");
