import type { Measurement } from "./load";

export type PageResult = {
  name: string;
  path: string;
  viewer?: string;
  reference?: "floor" | "ceiling";
  dynamic?: true;
  firstMs: number;
  // pairedRps: the page's reference measured right before it (bench/bench.ts).
  levels: (Measurement & { pairedRps?: number })[];
};

// A reference page's throughput at each concurrency: the mean of its runs, which
// bracket the others (the machine's speed drifts over a run).
function referenceRps(pages: PageResult[], reference: "floor" | "ceiling") {
  const runs = pages.filter((page) => page.reference === reference);
  const byConnections = new Map<number, number[]>();
  for (const m of runs.flatMap((page) => page.levels))
    byConnections.set(m.connections, [...(byConnections.get(m.connections) ?? []), m.rps]);
  return new Map(
    [...byConnections].map(([connections, rps]) => [
      connections,
      rps.reduce((sum, value) => sum + value, 0) / rps.length,
    ]),
  );
}

const ratio = (value: number, base: number | undefined) => (base ? (value / base).toFixed(2) : "–");
// No request finished inside the window (a short CI run at high concurrency): no latency to show.
const ms = (value: number) => (Number.isNaN(value) ? "–" : value);

function problems(m: Measurement) {
  const parts = [
    m.non2xx && `${m.non2xx} non-2xx`,
    m.errors && `${m.errors} errors`,
    m.timeouts && `${m.timeouts} timeouts`,
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : "0";
}

// "0.62 × ceiling": the page against its reference measured right before it.
const besideIt = (page: PageResult, m: PageResult["levels"][number]) =>
  m.pairedRps ? `${ratio(m.rps, m.pairedRps)} × ${page.dynamic ? "floor" : "ceiling"}` : "–";

// One row per page and concurrency; throughput also as a share of the floor's and the ceiling's
// (the mean of their runs, among `references`: the cluster pass is compared with one instance's).
export function markdownTable(pages: PageResult[], references: PageResult[] = pages): string {
  const floor = referenceRps(references, "floor");
  const ceiling = referenceRps(references, "ceiling");
  const lines = [
    "| Page | Path | First ms | Conc. | req/s | p50 ms | p95 ms | p99 ms | × floor | × ceiling | × its reference beside it | Failed |",
    "| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |",
  ];
  for (const page of pages)
    for (const m of page.levels)
      lines.push(
        `| ${page.name} | \`${page.path}\` | ${ms(page.firstMs)} | ${m.connections} | ${m.rps} | ${ms(m.p50)} | ${ms(m.p95)} | ${ms(m.p99)} | ${ratio(m.rps, floor.get(m.connections))} | ${ratio(m.rps, ceiling.get(m.connections))} | ${besideIt(page, m)} | ${problems(m)} |`,
      );
  return lines.join("\n");
}

export const failedRequests = (pages: PageResult[]) =>
  pages.flatMap((page) =>
    page.levels.filter((m) => m.non2xx > 0).map((m) => `${page.path} at ${m.connections}`),
  );

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

// The times a write through one instance took to show on the other, in one sentence.
export function writeToVisibleLine(writes: { pageMs: number; apiMs: number }[]): string {
  if (!writes.length) return "";
  const page = writes.map((write) => write.pageMs);
  const api = writes.map((write) => write.apiMs);
  return (
    `Write to visible across instances (${writes.length} endorsements and withdrawals through one instance): ` +
    `the other's page after ${median(page)} ms (median; at most ${Math.max(...page)} ms), ` +
    `its API record after ${median(api)} ms (median; at most ${Math.max(...api)} ms).`
  );
}
