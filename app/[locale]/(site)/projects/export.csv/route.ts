import { projectDownload } from "@/lib/open-data/downloads";

export const GET = projectDownload("csv");
