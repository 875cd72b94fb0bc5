import type { Metadata } from "next";
import { connection } from "next/server";

// The benchmark's framework floor, added to its own build only (bench/stage.ts): rendered
// on every request, through the portal's layouts, without touching the database.
export const metadata: Metadata = { title: "Benchmark floor", robots: { index: false } };

export default async function BenchFloorPage() {
  await connection();
  return <h1 className="text-2xl font-semibold">Benchmark floor</h1>;
}
