import { EndorsePage, endorseMetadata } from "@/components/entries/entry-endorsement-pages";

export const generateMetadata = () => endorseMetadata("recommendation");

export default async function RecommendationEndorsePage({ params }: { params: Promise<{ id: string }> }) {
  return <EndorsePage kind="recommendation" entryKey={(await params).id} />;
}
