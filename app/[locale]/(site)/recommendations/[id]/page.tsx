import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { entryPageMetadata } from "@/components/entries/entry-page";
import { RecommendationEntry } from "@/components/recommendations/recommendation-entry";
import { getCurrentUser } from "@/lib/dal";
import { label } from "@/lib/labels";
import { getRecommendation } from "@/lib/queries/recommendations";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return entryPageMetadata(
    getRecommendation((await params).id),
    "recommendations.metadata",
    async (recommendation) => ({
      title: recommendation.title,
      description: `${label(await getTranslations("labels"), "recommendationStatus", recommendation.status)}: ${recommendation.text.slice(0, 140)}`,
      path: `/recommendations/${recommendation.id}`,
    }),
  );
}

// Rendered on request for the signed-in viewer after a form posts here (everyone else
// gets the cached copy, lib/cached-pages.ts).
export default async function RecommendationPage({ params }: Props) {
  const { id } = await params;
  return <RecommendationEntry id={id} viewer={{ user: await getCurrentUser() }} />;
}
