import "server-only";
import { headers } from "next/headers";

// The client's address, for rate limits: the first address in X-Forwarded-For
// (`next start` and reverse proxies set it). The one place that reads it.
export async function requestAddress(): Promise<string> {
  const list = await headers();
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || "unknown";
}
