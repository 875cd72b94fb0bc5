import { EndorsePage, endorseMetadata } from "@/components/entries/entry-endorsement-pages";

export const generateMetadata = () => endorseMetadata("project");

export default async function ProjectEndorsePage({ params }: { params: Promise<{ slug: string }> }) {
  return <EndorsePage kind="project" entryKey={(await params).slug} />;
}
