import type { CurrentUser } from "@/lib/dal";
import type { ViewerEntryState } from "@/lib/queries/viewer-entry";

// What the header's account area shows of the signed-in viewer. Per-viewer figures
// for the header (an unread count, say) belong here, beside the name.
export type ViewerSummary = { name: string; admin: boolean };

// /api/viewer's answer: who is viewing (null: a visitor) and, when asked about an
// entry, what they may do with it.
export type ViewerAnswer = { user: ViewerSummary | null; entry: ViewerEntryState | null };

export const viewerSummary = (user: CurrentUser | null): ViewerSummary | null =>
  user ? { name: user.name ?? user.email, admin: user.role === "ADMIN" } : null;
