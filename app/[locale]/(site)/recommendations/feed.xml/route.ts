import { statusChangesFeed } from "@/lib/open-data/feeds";

// In the page's language: /fr/recommendations/feed.xml is French.
export const GET = statusChangesFeed;
