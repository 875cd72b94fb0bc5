// The portal's server (`npm run serve`, `npm run dev`): Next's own request handler
// behind one step that settles who the client is (lib/forwarded-headers.ts).
import http from "node:http";
import next from "next";
import { env } from "./lib/env";
import { settleForwardedHeaders } from "./lib/forwarded-headers";
import { fillNotFoundResponse } from "./lib/not-found-shell";
import { refuseRequest, requestRefusal } from "./lib/request-guard";
import { honestCacheControl } from "./lib/http-cache";
import { pgliteDataDir, storeKind } from "./lib/store";
import { dataDirInUse } from "./lib/store-lock";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

if (!dev && !env.PUBLIC_URL) {
  console.error(
    "Set PUBLIC_URL to the portal's public address (for example https://culture.example.org): " +
      "links in feeds, downloads, the API and e-mails are written from it. `npm start` sets http://localhost:3000.",
  );
  process.exit(1);
}

// The store is opened on start (instrumentation.ts); this only refuses before listening.
const storeInUse = storeKind() === "pglite" ? dataDirInUse(pgliteDataDir()) : null;
if (storeInUse) {
  console.error(storeInUse);
  process.exit(1);
}

// "localhost", not 127.0.0.1: with a literal loopback address Next sends proxy.ts's
// rewrites back to itself over HTTP (vercel/next.js#94745).
const app = next({ dev, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  settleForwardedHeaders(request);
  const refusal = requestRefusal(request.url ?? "/", request.headers);
  if (refusal) return refuseRequest(request, response, refusal);
  fillNotFoundResponse(request, response);
  const setHeader = response.setHeader.bind(response);
  response.setHeader = (name, value) =>
    setHeader(
      name,
      name.toLowerCase() === "cache-control" && typeof value === "string" ? honestCacheControl(value) : value,
    );
  void handle(request, response);
});
server.listen(port, process.env.HOST, () => {
  console.log(
    `The portal is ready on http://localhost:${port} (public address ${env.PUBLIC_URL ?? "local"}).`,
  );
});
// Exiting releases the embedded store's lock (lib/store-lock.ts).
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(0));
