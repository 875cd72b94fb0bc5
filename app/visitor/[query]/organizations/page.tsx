import OrganisationsPage from "@/app/organizations/page";
import { visitorSearchParams, type VisitorParams } from "@/lib/visitor-pages";

export { metadata } from "@/app/organizations/page";

export default function VisitorOrganisationsPage({ params }: { params: VisitorParams }) {
  return <OrganisationsPage searchParams={visitorSearchParams(params)} />;
}
