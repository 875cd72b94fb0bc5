"use client";

import { useViewer } from "@/components/viewer/use-viewer";
import type { ViewerEntryRef } from "@/lib/queries/viewer-entry";
import { EntryModeration, type EntryModerationProps } from "./entry-moderation";

// On an entry's cached copy: for whoever /api/viewer says is viewing (without
// JavaScript, the entry's own page at <entry>/endorse has these forms).
export function EntryModerationIsland({ entry, ...props }: EntryModerationProps & { entry: ViewerEntryRef }) {
  const answer = useViewer(entry);
  if (answer === "waiting" || answer === "failed") return null;
  return <EntryModeration viewer={answer.user} {...props} />;
}
