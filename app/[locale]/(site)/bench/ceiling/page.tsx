import type { Metadata } from "next";

// The benchmark's cache ceiling: a page of this build prerendered at build time,
// through the root layout, and served from Next's cache.
export const dynamic = "force-static";

export const metadata: Metadata = { title: "Benchmark ceiling", robots: { index: false } };

export default function BenchCeilingPage() {
  return <h1 className="text-2xl font-semibold">Benchmark ceiling</h1>;
}
