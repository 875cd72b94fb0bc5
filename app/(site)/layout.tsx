import type { ReactNode } from "react";
import { PageFrame } from "@/components/layout/page-frame";
import { CurrentSiteHeader } from "@/components/layout/current-site-header";

// Pages rendered on request, for whoever is viewing.
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <PageFrame header={<CurrentSiteHeader />}>{children}</PageFrame>;
}
