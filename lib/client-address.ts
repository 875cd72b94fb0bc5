import { headers } from "next/headers";

// The client's address as server.ts settled it: the peer of the connection, or the
// address the configured trusted proxies (TRUSTED_PROXIES) forwarded. server.ts
// replaces whatever X-Forwarded-For a client sent with that one address.
export function clientAddressOf(requestHeaders: Pick<Headers, "get">): string {
  return requestHeaders.get("x-forwarded-for")?.trim() || "unknown";
}

export async function clientAddress(): Promise<string> {
  return clientAddressOf(await headers());
}
