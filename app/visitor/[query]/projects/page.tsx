import ProjectsPage from "@/app/projects/page";
import { visitorSearchParams, type VisitorParams } from "@/lib/visitor-pages";

export { metadata } from "@/app/projects/page";

export default function VisitorProjectsPage({ params }: { params: VisitorParams }) {
  return <ProjectsPage searchParams={visitorSearchParams(params)} />;
}
