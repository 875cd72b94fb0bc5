import type { ReactNode } from "react";

// Visitors' copies of the public pages (lib/visitor-pages.ts): rendered on the first
// request with no session (force-static reads no cookies), then served from Next's
// cache until a write revalidates them. Nothing is rendered at build time.
export const dynamic = "force-static";
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export default function VisitorLayout({ children }: { children: ReactNode }) {
  return children;
}
