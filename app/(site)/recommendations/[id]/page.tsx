import type { Metadata } from "next";
import { RecommendationEntry } from "@/components/recommendations/recommendation-entry";
import { getCurrentUser } from "@/lib/dal";
import { recommendationStatusLabels } from "@/lib/labels";
import { getRecommendation } from "@/lib/queries/recommendations";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const recommendation = await getRecommendation((await params).id);
  if (!recommendation) return { title: "Recommendation not found" };
  if (recommendation.visibility === "HIDDEN")
    return {
      title: "Recommendation hidden",
      description: "This recommendation was hidden by the portal's moderators.",
    };
  return {
    title: recommendation.title,
    description: `${recommendationStatusLabels[recommendation.status]}: ${recommendation.text.slice(0, 140)}`,
  };
}

// Rendered on request for the signed-in viewer: after a form posts here, and at
// ?yours=1 (the others get the cached copies, lib/cached-pages.ts).
export default async function RecommendationPage({ params }: Props) {
  const { id } = await params;
  return <RecommendationEntry id={id} viewer={{ user: await getCurrentUser() }} />;
}
