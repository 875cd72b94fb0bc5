import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PageFrame } from "@/components/layout/page-frame";
import { SiteHeader } from "@/components/layout/site-header";
import { isViewerKind } from "@/lib/cached-pages";

// The cached copies of public pages (lib/cached-pages.ts), one set per kind of
// viewer: rendered on their first request (force-static reads no cookies, so no
// one's session reaches them), then served from Next's cache until a write
// revalidates them. Nothing is rendered at build time.
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
  params: Promise<{ viewer: string }>;
}) {
  const { viewer } = await params;
  if (!isViewerKind(viewer)) notFound();
  return <PageFrame header={<SiteHeader viewer={viewer} />}>{children}</PageFrame>;
}
