import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getCurrentUser, isAdmin } from "@/lib/dal";

const refusedTitle = "You may not open this page";

const refusesViewer = async () => {
  const user = await getCurrentUser();
  return user !== null && !isAdmin(user);
};

// Next gives the 403 page the refused page's metadata: for the refused, a title template
// without "%s" replaces every admin page's own title with the 403 page's.
export async function generateMetadata(): Promise<Metadata> {
  if (!(await refusesViewer())) return {};
  return { title: { template: `${refusedTitle} · ASEM Culture Portal`, default: refusedTitle } };
}

// The whole admin area refuses a signed-in person without the admin role. Each page still
// calls requireAdmin (which sends visitors to sign in and back), and each action checks for
// itself: a layout does not re-render on navigation.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  if (await refusesViewer()) forbidden();
  return children;
}
