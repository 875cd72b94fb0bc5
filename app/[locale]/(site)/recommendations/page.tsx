import { ListPage } from "@/components/lists/list-page";
import { RecommendationList } from "@/components/recommendations/recommendation-list";
import { listMetadata } from "@/lib/lists/metadata";
import { readRecommendationList } from "@/lib/lists/read";
import { recommendationList } from "@/lib/lists/registry";
import { listRecommendations } from "@/lib/queries/recommendations";
import { listWorkshopOptions } from "@/lib/queries/workshops";
import type { SearchParams } from "@/lib/search-params";

export const generateMetadata = () => listMetadata("recommendations", "/recommendations/feed.xml");

export default async function RecommendationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const [{ filters, invalid }, workshopOptions] = await Promise.all([
    readRecommendationList(params),
    listWorkshopOptions(),
  ]);
  const { items, total, page, pageCount } = await listRecommendations(filters);

  return (
    <ListPage
      list="recommendations"
      pathname={recommendationList.pathname}
      searchParams={params}
      filters={[
        { kind: "search" },
        { kind: "select", name: "workshop", options: workshopOptions },
        { kind: "select", name: "status", options: "recommendationStatus" },
        { kind: "select", name: "audience", options: "audience" },
      ]}
      invalid={invalid}
      found={{ total, page, pageCount }}
      feed
      items={items.length ? <RecommendationList items={items} /> : null}
    />
  );
}
