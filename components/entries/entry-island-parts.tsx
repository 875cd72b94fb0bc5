import { ClientMessages } from "@/components/layout/client-messages";
import { EntryModerationIsland } from "@/components/moderation/entry-moderation-island";
import type { ViewerEntryRef } from "@/lib/queries/viewer-entry";
import type { EntryTarget } from "@/lib/validations/entry-target";
import { OwnEntryIsland } from "./own-entry-island";
import type { OwnEntryPart } from "./own-entry-panel";

// The viewer's own parts of an entry's cached copy, the same for everyone: drawn in the
// browser for whoever /api/viewer finds, so their words travel with the page.
export function OwnEntryIslandPart(props: { entry: ViewerEntryRef; path: string; part: OwnEntryPart }) {
  return (
    <ClientMessages area="entry">
      <OwnEntryIsland {...props} />
    </ClientMessages>
  );
}

export function EntryModerationIslandPart(props: {
  entry: ViewerEntryRef;
  target: EntryTarget;
  kind: "project" | "recommendation";
}) {
  return (
    <ClientMessages area="entry">
      <EntryModerationIsland {...props} />
    </ClientMessages>
  );
}
