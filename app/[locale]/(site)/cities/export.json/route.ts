import { designationDownload } from "@/lib/open-data/downloads";

export const GET = designationDownload("json");
