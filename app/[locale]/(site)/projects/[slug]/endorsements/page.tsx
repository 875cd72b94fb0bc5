import { EndorsementsPage, endorsementsMetadata } from "@/components/entries/entry-endorsement-pages";
import type { SearchParams } from "@/lib/search-params";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props) {
  return endorsementsMetadata("project", (await params).slug);
}

export default async function ProjectEndorsementsPage({ params, searchParams }: Props) {
  return <EndorsementsPage kind="project" entryKey={(await params).slug} searchParams={await searchParams} />;
}
