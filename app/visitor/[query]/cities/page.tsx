import CitiesPage from "@/app/cities/page";
import { visitorSearchParams, type VisitorParams } from "@/lib/visitor-pages";

export { metadata } from "@/app/cities/page";

export default function VisitorCitiesPage({ params }: { params: VisitorParams }) {
  return <CitiesPage searchParams={visitorSearchParams(params)} />;
}
