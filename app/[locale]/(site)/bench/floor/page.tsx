import type { Metadata } from "next";
import { connection } from "next/server";

// The benchmark's framework floor: rendered on every request, through the root
// layout, without touching the database.
export const metadata: Metadata = { title: "Benchmark floor", robots: { index: false } };

export default async function BenchFloorPage() {
  await connection();
  return <h1 className="text-2xl font-semibold">Benchmark floor</h1>;
}
