import { errorResponse } from "@/lib/api/error";
import { getCurrentUser } from "@/lib/dal";
import { countUnreadNotifications } from "@/lib/queries/notifications";

// The signed-in viewer's unread count, which the header's island asks for, so that
// public pages stay one HTML for every member.
const privateAnswer = { "Cache-Control": "private, no-store" };

export async function GET() {
  const user = await getCurrentUser();
  if (!user) return errorResponse(401, "Sign in first.", { headers: privateAnswer });
  return Response.json({ unread: await countUnreadNotifications(user.id) }, { headers: privateAnswer });
}
