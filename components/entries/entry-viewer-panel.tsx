import { ClientMessages } from "@/components/layout/client-messages";
import { SignInToEndorse } from "@/components/endorsements/sign-in-to-endorse";
import { EntryModeration, EntryModerationIsland } from "@/components/moderation/entry-moderation";
import type { CurrentUser } from "@/lib/dal";
import { viewerEntryState, type ViewerEntryRef } from "@/lib/queries/viewer-entry";
import type { EntryTarget } from "@/lib/validations/entry-target";
import { viewerSummary } from "@/lib/viewer";
import { OwnEntryIsland, OwnEntryPanel, type OwnEntryPart } from "./own-entry-panel";

// Whom an entry's page is rendered for: the signed-in user of a request (or no one),
// or, on its cached copy (lib/cached-pages.ts), whoever the browser's island finds.
export type EntryViewer = { user: CurrentUser | null } | "island";

// One of the viewer's own parts of an entry's page (components/entries/own-entry-panel.tsx):
// rendered here on request, or, on the cached copy everyone shares, asked for from the
// browser. A visitor is asked to sign in.
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
  if (viewer === "island")
    return (
      <ClientMessages area="contributing">
        <OwnEntryIsland entry={entry} part={part} path={path} />
      </ClientMessages>
    );
  if (!viewer.user) return part === "endorsement" ? <SignInToEndorse path={path} /> : null;
  const state = await viewerEntryState(viewer.user, entry);
  return state ? (
    <ClientMessages area="contributing">
      <OwnEntryPanel state={state} part={part} />
    </ClientMessages>
  ) : null;
}

// The report form (members) and the hide form (admins) at the foot of an entry.
export function EntryViewerModeration({
  viewer,
  entry,
  ...props
}: {
  viewer: EntryViewer;
  entry: ViewerEntryRef;
  target: EntryTarget;
  kind: "project" | "recommendation";
}) {
  return (
    <ClientMessages area="contributing">
      {viewer === "island" ? (
        <EntryModerationIsland entry={entry} {...props} />
      ) : (
        <EntryModeration viewer={viewerSummary(viewer.user)} {...props} />
      )}
    </ClientMessages>
  );
}
