import type { ReactNode } from "react";
import { PageFrame } from "@/components/layout/page-frame";
import { SiteHeader } from "@/components/layout/site-header";

// The cached copies of public pages (lib/cached-pages.ts), one per URL for every viewer:
// rendered on their first request (force-static reads no cookies, so no one's session
// reaches them), then served from Next's cache until a write expires their tags.
// Nothing is rendered at build time. The header's account area is a client island.
export const dynamic = "force-static";
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export default function CachedPageLayout({ children }: { children: ReactNode }) {
  return <PageFrame header={<SiteHeader />}>{children}</PageFrame>;
}
