import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { entryMetadata } from "@/lib/page-metadata";
import { RecommendationEntry } from "@/components/recommendations/recommendation-entry";
import { getCurrentUser } from "@/lib/dal";
import { recommendationStatusLabels } from "@/lib/labels";
import { getRecommendation } from "@/lib/queries/recommendations";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [recommendation, t] = await Promise.all([
    getRecommendation((await params).id),
    getTranslations("recommendations.metadata"),
  ]);
  if (!recommendation) return { title: t("notFound") };
  if (recommendation.visibility === "HIDDEN")
    return { title: t("hidden"), description: t("hiddenDescription") };
  return entryMetadata({
    title: recommendation.title,
    description: `${recommendationStatusLabels[recommendation.status]}: ${recommendation.text.slice(0, 140)}`,
    path: `/recommendations/${recommendation.id}`,
  });
}

// Rendered on request for the signed-in viewer after a form posts here (everyone else
// gets the cached copy, lib/cached-pages.ts).
export default async function RecommendationPage({ params }: Props) {
  const { id } = await params;
  return <RecommendationEntry id={id} viewer={{ user: await getCurrentUser() }} />;
}
