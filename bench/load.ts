import autocannon from "autocannon";
import type { Server } from "./server";

export type Measurement = {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
};

type Headers = Record<string, string>;

function run(
  url: string,
  headers: Headers,
  connections: number,
  seconds: number,
  onLatency?: (ms: number) => void,
) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const options = { url, headers, connections, duration: seconds, timeout: 10 };
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (onLatency)
      instance.on("response", (_client, _status, _bytes, responseTime: number) => onLatency(responseTime));
  });
}

// autocannon's own percentiles skip p95, so every latency is kept and ranked here.
function percentile(sorted: number[], q: number) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

const round = (ms: number) => Math.round(ms * 10) / 10;

// One request on its own, before any load: for a cached page, the render a cache miss costs.
export async function firstRequest(url: string, headers: Headers = {}): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return round(performance.now() - started);
}

// A warm-up at the same concurrency (discarded), then a measured run of fixed length.
export async function measure(
  url: string,
  connections: number,
  { seconds, warmup, headers = {} }: { seconds: number; warmup: number; headers?: Headers },
): Promise<Measurement> {
  if (warmup > 0) await run(url, headers, connections, warmup);
  const latencies: number[] = [];
  const started = performance.now();
  const result = await run(url, headers, connections, seconds, (ms) => latencies.push(ms));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    connections,
    seconds: round(elapsed),
    requests: latencies.length,
    rps: round(latencies.length / elapsed),
    p50: round(percentile(latencies, 0.5)),
    p95: round(percentile(latencies, 0.95)),
    p99: round(percentile(latencies, 0.99)),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

// One full download, read as it streams, with the server's memory sampled meanwhile:
// a list streamed in batches leaves it flat however long the list.
export async function measureExport(url: string, server: Server) {
  const rssBefore = server.rss();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, server.rss())), 100);
  const started = performance.now();
  try {
    const response = await fetch(url);
    if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}`);
    let bytes = 0;
    let newlines = 0;
    const reader = response.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      bytes += chunk.value.length;
      for (const byte of chunk.value) if (byte === 10) newlines++;
    }
    return {
      // Less the header line; a cell with a line break in it would count twice, so an estimate.
      rows: newlines - 1,
      megabytes: Math.round((bytes / 2 ** 20) * 10) / 10,
      seconds: round((performance.now() - started) / 1000),
      rssBeforeMb: mb(rssBefore),
      rssPeakMb: mb(rssPeak),
    };
  } finally {
    clearInterval(sampler);
  }
}
