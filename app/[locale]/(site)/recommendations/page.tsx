import { getTranslations } from "next-intl/server";
import { ListPage } from "@/components/lists/list-page";
import { RecommendationList } from "@/components/recommendations/recommendation-list";
import { labelOptions } from "@/lib/labels";
import { listMetadata } from "@/lib/lists/metadata";
import { readRecommendationList } from "@/lib/lists/read";
import { recommendationList } from "@/lib/lists/registry";
import { listRecommendations } from "@/lib/queries/recommendations";
import { listWorkshopOptions } from "@/lib/queries/workshops";
import type { SearchParams } from "@/lib/search-params";

export const generateMetadata = () => listMetadata("recommendations", "/recommendations/feed.xml");

export default async function RecommendationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const tLabels = await getTranslations("labels");
  const params = await searchParams;
  const [t, { filters, invalid }, workshopOptions] = await Promise.all([
    getTranslations("lists.recommendations"),
    readRecommendationList(params),
    listWorkshopOptions(),
  ]);
  const { items, total, page, pageCount } = await listRecommendations(filters);

  return (
    <ListPage
      pathname={recommendationList.pathname}
      searchParams={params}
      title={t("title")}
      lead={t("lead")}
      filters={[
        { kind: "search", label: t("search"), placeholder: t("searchPlaceholder") },
        { kind: "select", name: "workshop", label: t("workshop"), options: workshopOptions },
        {
          kind: "select",
          name: "status",
          label: t("status"),
          options: labelOptions(tLabels, "recommendationStatus"),
        },
        {
          kind: "select",
          name: "audience",
          label: t("audience"),
          options: labelOptions(tLabels, "audience"),
        },
      ]}
      invalid={invalid}
      count={t("count", { count: total })}
      feed={{ href: "/recommendations/feed.xml", label: t("feed") }}
      items={items.length ? <RecommendationList items={items} /> : null}
      paging={{ page, pageCount, total }}
      empty={{ title: t("empty"), hint: t("emptyHint") }}
    />
  );
}
