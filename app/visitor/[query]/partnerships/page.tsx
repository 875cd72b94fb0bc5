import PartnershipsPage from "@/app/partnerships/page";
import { visitorSearchParams, type VisitorParams } from "@/lib/visitor-pages";

export { metadata } from "@/app/partnerships/page";

export default function VisitorPartnershipsPage({ params }: { params: VisitorParams }) {
  return <PartnershipsPage searchParams={visitorSearchParams(params)} />;
}
