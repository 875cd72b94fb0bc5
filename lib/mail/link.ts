import { env } from "@/lib/env";

// An absolute link to a page of the portal, for mail. The one place that knows the
// portal's public address, so it can follow the deployment's setting when it changes.
export function portalLink(path: string): string {
  return new URL(path, env.NEXTAUTH_URL ?? "http://localhost:3000").toString();
}
