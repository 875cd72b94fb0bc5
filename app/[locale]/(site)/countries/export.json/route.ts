import { countryDownload } from "@/lib/open-data/downloads";

export const GET = countryDownload("json");
