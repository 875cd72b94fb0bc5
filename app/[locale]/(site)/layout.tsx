import type { ReactNode } from "react";
import { CurrentSiteHeader } from "@/components/layout/current-site-header";
import { PageFrame } from "@/components/layout/page-frame";

// Pages rendered on request, for whoever is viewing.
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <PageFrame header={<CurrentSiteHeader />}>{children}</PageFrame>;
}
