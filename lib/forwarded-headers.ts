import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";
import { env } from "./env";

type Trust = (address: string, hop: number) => boolean;

// TRUSTED_PROXIES (lib/env.ts): none by default, a number of hops, or a list.
const trust: Trust =
  typeof env.TRUSTED_PROXIES === "number"
    ? (
        (hops: number) => (_address: string, hop: number) =>
          hop < hops
      )(env.TRUSTED_PROXIES)
    : proxyaddr.compile(env.TRUSTED_PROXIES);

const fromProxiesOnly = ["x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "forwarded"];

// Before Next sees a request: X-Forwarded-For becomes the one client address the
// portal believes (rate limits key on it), and the other forwarded headers stay
// only when a trusted proxy sent them. Next itself keeps a client's X-Forwarded-For
// as it comes, so without this any client could name any address.
export function settleForwardedHeaders(request: IncomingMessage) {
  const peer = request.socket.remoteAddress ?? "";
  request.headers["x-forwarded-for"] = proxyaddr(request, trust);
  delete request.headers["x-real-ip"];
  if (!trust(peer, 0)) for (const name of fromProxiesOnly) delete request.headers[name];
}
