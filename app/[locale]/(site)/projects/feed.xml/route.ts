import { projectsFeed } from "@/lib/open-data/feeds";

export const GET = projectsFeed;
