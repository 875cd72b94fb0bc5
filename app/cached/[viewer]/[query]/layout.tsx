import type { ReactNode } from "react";

// The query segment has no copies at build time either (app/cached/[viewer]/layout.tsx).
export function generateStaticParams() {
  return [];
}

export default function CachedQueryLayout({ children }: { children: ReactNode }) {
  return children;
}
