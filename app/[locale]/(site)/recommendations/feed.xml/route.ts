import { statusChangesFeed } from "@/lib/open-data/feeds";

export const GET = statusChangesFeed;
