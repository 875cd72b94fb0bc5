import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AllEndorsements } from "@/components/endorsements/all-endorsements";
import { HiddenEntry } from "@/components/ui/hidden-entry";
import { getRecommendation } from "@/lib/queries/recommendations";
import type { SearchParams } from "@/lib/search-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [recommendation, t] = await Promise.all([
    getRecommendation((await params).id),
    getTranslations("recommendations.metadata"),
  ]);
  if (!recommendation) return { title: t("notFound") };
  if (recommendation.visibility === "HIDDEN") return { title: t("hidden") };
  return {
    title: t("endorsementsTitle", { title: recommendation.title }),
    description: t("endorsementsDescription", { title: recommendation.title }),
  };
}

export default async function RecommendationEndorsementsPage({ params, searchParams }: Props) {
  const recommendation = await getRecommendation((await params).id);
  if (!recommendation) notFound();
  if (recommendation.visibility === "HIDDEN")
    return <HiddenEntry kind="recommendation" reason={recommendation.hiddenReason} />;
  return (
    <AllEndorsements
      target={{ recommendationId: recommendation.id }}
      entry={{
        title: recommendation.title,
        path: `/recommendations/${recommendation.id}`,
        kind: "recommendation",
      }}
      searchParams={await searchParams}
    />
  );
}
