import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OwnEntryView } from "@/components/entries/own-entry-view";
import { requireUser } from "@/lib/dal";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recommendations.endorse");
  return { title: t("metaTitle"), robots: { index: false } };
}

// What the signed-in viewer may do with a recommendation, rendered for them: where its
// cached page leads without JavaScript.
export default async function RecommendationEndorsePage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/recommendations/${encodeURIComponent(id)}/endorse`);
  return <OwnEntryView entry={{ recommendation: id }} user={user} />;
}
