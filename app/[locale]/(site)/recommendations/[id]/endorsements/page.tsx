import { EndorsementsPage, endorsementsMetadata } from "@/components/entries/entry-endorsement-pages";
import type { SearchParams } from "@/lib/search-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props) {
  return endorsementsMetadata("recommendation", (await params).id);
}

export default async function RecommendationEndorsementsPage({ params, searchParams }: Props) {
  return (
    <EndorsementsPage kind="recommendation" entryKey={(await params).id} searchParams={await searchParams} />
  );
}
