import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/dal";
import { viewerEntryState, type ViewerEntryRef } from "@/lib/queries/viewer-entry";
import { viewerSummary, type ViewerAnswer } from "@/lib/viewer";

// The one per-viewer request of a cached public page (lib/cached-pages.ts): who is
// viewing, for the header, and with ?project=<slug> or ?recommendation=<id> what they
// may do with that entry. Never kept by any cache: it differs by viewer.
const privateAnswer = { "Cache-Control": "private, no-store" };

export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  const query = request.nextUrl.searchParams;
  const project = query.get("project");
  const recommendation = query.get("recommendation");
  const ref: ViewerEntryRef | null = project ? { project } : recommendation ? { recommendation } : null;
  const answer: ViewerAnswer = {
    user: viewerSummary(user),
    entry: user && ref ? await viewerEntryState(user, ref) : null,
  };
  return Response.json(answer, { headers: privateAnswer });
}
