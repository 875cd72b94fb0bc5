import { partnershipDownload } from "@/lib/open-data/downloads";

export const GET = partnershipDownload("json");
