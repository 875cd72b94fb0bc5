import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { ClientMessages } from "@/components/layout/client-messages";
import { getCurrentUser } from "@/lib/dal";
import { can } from "@/lib/permissions";

const refusesViewer = async () => {
  const user = await getCurrentUser();
  return user !== null && !can(user, "administer", null).allowed;
};

// Next gives the 403 page the refused page's metadata: for the refused, a title template
// without "%s" replaces every admin page's own title with the 403 page's.
export async function generateMetadata(): Promise<Metadata> {
  if (!(await refusesViewer())) return {};
  const [t, site] = await Promise.all([getTranslations("admin"), getTranslations("site")]);
  const refusedTitle = t("refusedTitle");
  return { title: { template: `${refusedTitle} · ${site("siteName")}`, default: refusedTitle } };
}

// The whole admin area refuses a signed-in person without the admin role. Each page still
// calls requireAdmin (which sends visitors to sign in and back), and each action checks for
// itself: a layout does not re-render on navigation.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  if (await refusesViewer()) forbidden();
  return (
    <ClientMessages area="admin">
      <AdminNav />
      {children}
    </ClientMessages>
  );
}
