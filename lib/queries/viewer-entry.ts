import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/dal";
import { can } from "@/lib/permissions";
import type { Refusal } from "@/lib/refusals";
import { getEndorsableEntry } from "@/lib/queries/endorsements";
import { getProjectBySlug } from "@/lib/queries/projects";
import { getRecommendation } from "@/lib/queries/recommendations";
import type { EntryTarget } from "@/lib/validations/entry-target";

// An entry, as the signed-in ask after what they may do with it.
export type ViewerEntryRef = { project: string } | { recommendation: string };

// What a signed-in viewer may do with an entry: edit it, and endorse it or withdraw
// their organisation's endorsement, or why not. The same for an entry's page rendered
// on request (<entry>/endorse) and for the islands of its cached copy (/api/viewer):
// the reason is a message key, which the page translates in its own language.
export type ViewerEntryState = {
  target: EntryTarget;
  edit: { href: string } | null;
  endorsement: { form: "endorse" | "withdraw"; organisationName: string } | { refusal: Refusal } | null;
};

// null when there is no such published entry.
export function viewerEntryState(viewer: CurrentUser, ref: ViewerEntryRef): Promise<ViewerEntryState | null> {
  return "project" in ref
    ? projectState(viewer, ref.project)
    : recommendationState(viewer, ref.recommendation);
}

// Once per request and entry (React's cache keys by the arguments): a page asks for
// its two parts apart.
const projectState = cache(async (viewer: CurrentUser, slug: string): Promise<ViewerEntryState | null> => {
  const project = await getProjectBySlug(slug);
  if (!project || project.visibility !== "PUBLISHED") return null;
  const target = { projectId: project.id };
  return {
    target,
    edit: can(viewer, "editProject", project).allowed ? { href: `/projects/${project.slug}/edit` } : null,
    endorsement: await endorsementState(viewer, target),
  };
});

const recommendationState = cache(
  async (viewer: CurrentUser, id: string): Promise<ViewerEntryState | null> => {
    const recommendation = await getRecommendation(id);
    if (!recommendation || recommendation.visibility !== "PUBLISHED") return null;
    const target = { recommendationId: recommendation.id };
    return {
      target,
      edit: can(viewer, "editRecommendation", recommendation).allowed
        ? { href: `/recommendations/${recommendation.id}/edit` }
        : null,
      endorsement: await endorsementState(viewer, target),
    };
  },
);

async function endorsementState(
  viewer: CurrentUser,
  target: EntryTarget,
): Promise<ViewerEntryState["endorsement"]> {
  const acting = can(viewer, "actForOrganisation", null);
  if (!acting.allowed) return { refusal: acting.reason };
  const organisation = viewer.organisation!;
  const entry = await getEndorsableEntry(target, organisation.id);
  if (!entry) return null;
  const endorsing = can(viewer, "endorse", {
    kind: "projectId" in target ? "project" : "recommendation",
    own: entry.own,
  });
  if (!endorsing.allowed) return { refusal: endorsing.reason };
  return { form: entry.endorsed ? "withdraw" : "endorse", organisationName: organisation.name };
}
