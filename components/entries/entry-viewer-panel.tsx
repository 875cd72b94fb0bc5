import { SignInToEndorse } from "@/components/endorsements/endorsement-section";
import { OWN_VIEW_PARAM, viewerKindOf, type ViewerKind } from "@/lib/cached-pages";
import type { CurrentUser } from "@/lib/dal";
import { viewerEntryState, type ViewerEntryRef } from "@/lib/queries/viewer-entry";
import { OwnEntryPanel, OwnEntryPanelLoader, type OwnEntryPart } from "./own-entry-panel";

// Whom an entry's page is rendered for: the signed-in user of a request (or no one),
// or, for a cached copy (lib/cached-pages.ts), a kind of viewer.
export type EntryViewer = { user: CurrentUser | null } | { copyFor: ViewerKind };

export const entryViewerKind = (viewer: EntryViewer): ViewerKind =>
  "copyFor" in viewer ? viewer.copyFor : viewerKindOf(viewer.user?.role);

// One of the viewer's own parts of an entry's page (components/entries/own-entry-panel.tsx):
// rendered here on request, or, on the cached copy every member shares, asked for
// from the browser. A visitor is asked to sign in.
export async function EntryViewerPanel({
  viewer,
  entry,
  path,
  part,
}: {
  viewer: EntryViewer;
  entry: ViewerEntryRef;
  path: string;
  part: OwnEntryPart;
}) {
  if (entryViewerKind(viewer) === "visitor")
    return part === "endorsement" ? <SignInToEndorse path={path} /> : null;
  if ("copyFor" in viewer)
    return (
      <OwnEntryPanelLoader
        source={new URLSearchParams(entry).toString()}
        part={part}
        ownViewHref={`${path}?${OWN_VIEW_PARAM}=1`}
      />
    );
  const state = viewer.user ? await viewerEntryState(viewer.user, entry) : null;
  return state ? <OwnEntryPanel state={state} part={part} /> : null;
}
