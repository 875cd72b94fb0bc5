import type { ReactNode } from "react";
import { CachedSiteHeader } from "@/components/layout/cached-site-header";
import { PageFrame } from "@/components/layout/page-frame";
import { cachedQuery } from "@/lib/cached-pages";

// The cached copies of public pages (lib/cached-pages.ts), one per URL and language for
// every viewer: rendered on their first request (force-static reads no cookies, so no
// one's session reaches them), then served from Next's cache until a write expires their
// tags. Nothing is rendered at build time. The header's account area is a client island.
export const dynamic = "force-static";
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export default async function CachedPageLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ query: string }>;
}) {
  return <PageFrame header={<CachedSiteHeader query={await cachedQuery(params)} />}>{children}</PageFrame>;
}
