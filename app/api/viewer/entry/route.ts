import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/dal";
import { viewerEntryState, type ViewerEntryRef } from "@/lib/queries/viewer-entry";

// The signed-in viewer's own panel of an entry (lib/queries/viewer-entry.ts), which
// the entry's cached copy asks for: ?project=<slug> or ?recommendation=<id>.
const privateAnswer = { "Cache-Control": "private, no-store" };

export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in first." }, { status: 401, headers: privateAnswer });
  const query = request.nextUrl.searchParams;
  const project = query.get("project");
  const recommendation = query.get("recommendation");
  const ref: ViewerEntryRef | null = project ? { project } : recommendation ? { recommendation } : null;
  if (!ref)
    return Response.json(
      { error: "Name the entry: ?project=<slug> or ?recommendation=<id>." },
      { status: 400, headers: privateAnswer },
    );
  const state = await viewerEntryState(user, ref);
  if (!state) return Response.json({ error: "No such entry." }, { status: 404, headers: privateAnswer });
  return Response.json(state, { headers: privateAnswer });
}
