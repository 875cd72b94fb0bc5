import { entryPaths } from "@/lib/entries";
import type { EntryTarget } from "@/lib/validations/entry-target";
import { getProjectBySlug } from "@/lib/queries/projects";
import { getRecommendation } from "@/lib/queries/recommendations";
import type { ViewerEntryRef } from "@/lib/queries/viewer-entry";

// The little an entry's own pages (/endorse, /endorsements) show of it, either kind;
// hiddenReason is set (maybe to null) when moderation hid it.
export async function readEntry(entry: ViewerEntryRef) {
  const isProject = "project" in entry;
  const found = isProject
    ? await getProjectBySlug(entry.project)
    : await getRecommendation(entry.recommendation);
  if (!found) return null;
  const target: EntryTarget = isProject ? { projectId: found.id } : { recommendationId: found.id };
  return {
    kind: isProject ? ("project" as const) : ("recommendation" as const),
    title: found.title,
    isSample: found.isSample,
    path: entryPaths(target, "slug" in found ? found.slug : undefined).page,
    target,
    hiddenReason: found.visibility === "HIDDEN" ? found.hiddenReason : undefined,
  };
}
