import { projectsFeed } from "@/lib/open-data/feeds";

// In the page's language: /fr/projects/feed.xml is French.
export const GET = projectsFeed;
