import type { Metadata } from "next";
import { OwnEntryView } from "@/components/entries/own-entry-view";
import { requireUser } from "@/lib/dal";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Your organisation and this project", robots: { index: false } };

// What the signed-in viewer may do with a project, rendered for them: where its cached
// page leads without JavaScript.
export default async function ProjectEndorsePage({ params }: Props) {
  const { slug } = await params;
  const user = await requireUser(`/projects/${encodeURIComponent(slug)}/endorse`);
  return <OwnEntryView entry={{ project: slug }} user={user} />;
}
