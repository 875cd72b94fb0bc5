import RecommendationsPage from "@/app/recommendations/page";
import { visitorSearchParams, type VisitorParams } from "@/lib/visitor-pages";

export { metadata } from "@/app/recommendations/page";

export default function VisitorRecommendationsPage({ params }: { params: VisitorParams }) {
  return <RecommendationsPage searchParams={visitorSearchParams(params)} />;
}
