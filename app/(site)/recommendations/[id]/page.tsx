import type { Metadata } from "next";
import { entryMetadata } from "@/lib/page-metadata";
import { OwnEntryView } from "@/components/entries/own-entry-view";
import { RecommendationEntry } from "@/components/recommendations/recommendation-entry";
import { OWN_VIEW_PARAM } from "@/lib/cached-pages";
import { getCurrentUser } from "@/lib/dal";
import { recommendationStatusLabels } from "@/lib/labels";
import { getRecommendation } from "@/lib/queries/recommendations";
import type { SearchParams } from "@/lib/search-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const recommendation = await getRecommendation((await params).id);
  if (!recommendation) return { title: "Recommendation not found" };
  if (recommendation.visibility === "HIDDEN")
    return {
      title: "Recommendation hidden",
      description: "This recommendation was hidden by the portal's moderators.",
    };
  return entryMetadata({
    title: recommendation.title,
    description: `${recommendationStatusLabels[recommendation.status]}: ${recommendation.text.slice(0, 140)}`,
    path: `/recommendations/${recommendation.id}`,
  });
}

// Rendered on request for the signed-in viewer: after a form posts here, and, with
// only their own forms, at ?yours=1 (the others get the cached copies, lib/cached-pages.ts).
export default async function RecommendationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (OWN_VIEW_PARAM in (await searchParams))
    return <OwnEntryView entry={{ recommendation: id }} user={user} />;
  return <RecommendationEntry id={id} viewer={{ user }} />;
}
