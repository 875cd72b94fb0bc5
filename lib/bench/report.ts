import type { Measurement } from "./load";

export type PageResult = {
  name: string;
  path: string;
  viewer?: string;
  firstMs: number;
  levels: Measurement[];
};

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

// One row per page and concurrency; throughput also as a share of the floor's and the ceiling's.
export function markdownTable(pages: PageResult[]): string {
  const reference = (name: string) =>
    new Map(pages.find((page) => page.name === name)?.levels.map((m) => [m.connections, m.rps]) ?? []);
  const floor = reference("floor");
  const ceiling = reference("ceiling");
  const lines = [
    "| Page | Path | First ms | Conc. | req/s | p50 ms | p95 ms | p99 ms | × floor | × ceiling | Failed |",
    "| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --- |",
  ];
  for (const page of pages)
    for (const m of page.levels)
      lines.push(
        `| ${page.name} | \`${page.path}\` | ${page.firstMs} | ${m.connections} | ${m.rps} | ${ms(m.p50)} | ${ms(m.p95)} | ${ms(m.p99)} | ${ratio(m.rps, floor.get(m.connections))} | ${ratio(m.rps, ceiling.get(m.connections))} | ${problems(m)} |`,
      );
  return lines.join("\n");
}

export const failedRequests = (pages: PageResult[]) =>
  pages.flatMap((page) =>
    page.levels.filter((m) => m.non2xx > 0).map((m) => `${page.path} at ${m.connections}`),
  );
