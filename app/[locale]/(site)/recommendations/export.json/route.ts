import { recommendationDownload } from "@/lib/open-data/downloads";

export const GET = recommendationDownload("json");
