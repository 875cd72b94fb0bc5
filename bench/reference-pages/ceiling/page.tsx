import type { Metadata } from "next";

// The benchmark's cache ceiling, added to its own build only (bench/stage.ts): the same
// heading through the same layouts, prerendered at build time and served from Next's cache.
export const dynamic = "force-static";

export const metadata: Metadata = { title: "Benchmark ceiling", robots: { index: false } };

export default function BenchCeilingPage() {
  return <h1 className="text-2xl font-semibold">Benchmark ceiling</h1>;
}
