import { ClientMessages } from "@/components/layout/client-messages";
import { SignInToEndorse } from "@/components/endorsements/sign-in-to-endorse";
import { EntryModeration } from "@/components/moderation/entry-moderation";
import type { CurrentUser } from "@/lib/dal";
import { viewerEntryState, type ViewerEntryRef } from "@/lib/queries/viewer-entry";
import type { EntryTarget } from "@/lib/validations/entry-target";
import { viewerSummary } from "@/lib/viewer";
import { EntryModerationIslandPart, OwnEntryIslandPart } from "./entry-island-parts";
import { OwnEntryPanel, type OwnEntryPart } from "./own-entry-panel";

// Whom an entry's page is rendered for: the signed-in user of a request (or no one),
// or, on its cached copy (lib/cached-pages.ts), whoever the browser's island finds.
export type EntryViewer = { user: CurrentUser | null } | "island";

// One of the viewer's own parts of an entry's page (components/entries/own-entry-panel.tsx):
// rendered here on request, or, on the cached copy everyone shares, asked for from the
// browser (entry-island-parts.tsx). A visitor is asked to sign in. Rendered here, only
// the forms' words travel to the browser.
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
  if (viewer === "island") return <OwnEntryIslandPart entry={entry} part={part} path={path} />;
  if (!viewer.user) return part === "endorsement" ? <SignInToEndorse path={path} /> : null;
  const state = await viewerEntryState(viewer.user, entry);
  return state ? (
    <ClientMessages area="ownEntry">
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
  return viewer === "island" ? (
    <EntryModerationIslandPart entry={entry} {...props} />
  ) : (
    <ClientMessages area="ownEntry">
      <EntryModeration viewer={viewerSummary(viewer.user)} {...props} />
    </ClientMessages>
  );
}
