import type { IncomingMessage } from "node:http";
import { describe, expect, it, vi } from "vitest";

async function settle(trustedProxies: string, peer: string, headers: Record<string, string>) {
  vi.resetModules();
  vi.stubEnv("TRUSTED_PROXIES", trustedProxies);
  try {
    const { settleForwardedHeaders } = await import("@/lib/forwarded-headers");
    const request = {
      socket: { remoteAddress: peer },
      headers: { ...headers },
    } as unknown as IncomingMessage;
    settleForwardedHeaders(request);
    return request.headers;
  } finally {
    vi.unstubAllEnvs();
  }
}

const spoofed = {
  "x-forwarded-for": "198.51.100.9, 192.0.2.1",
  "x-forwarded-proto": "https",
  "x-forwarded-host": "evil.example",
  "x-real-ip": "198.51.100.10",
};

describe("forwarded headers", () => {
  it("believes none by default: the client is the connection's peer", async () => {
    const headers = await settle("", "203.0.113.5", spoofed);
    expect(headers["x-forwarded-for"]).toBe("203.0.113.5");
    expect(headers["x-forwarded-proto"]).toBeUndefined();
    expect(headers["x-forwarded-host"]).toBeUndefined();
    expect(headers["x-real-ip"]).toBeUndefined();
  });

  it("takes the address a trusted proxy forwarded, and its scheme and host", async () => {
    const headers = await settle("loopback", "127.0.0.1", spoofed);
    // The nearest untrusted address: the one the proxy saw, not what the client wrote before it.
    expect(headers["x-forwarded-for"]).toBe("192.0.2.1");
    expect(headers["x-forwarded-proto"]).toBe("https");
  });

  it("ignores what an untrusted peer forwards even when a proxy list is set", async () => {
    const headers = await settle("10.0.0.0/8", "203.0.113.5", spoofed);
    expect(headers["x-forwarded-for"]).toBe("203.0.113.5");
    expect(headers["x-forwarded-host"]).toBeUndefined();
  });

  it("counts hops", async () => {
    expect((await settle("1", "10.0.0.2", spoofed))["x-forwarded-for"]).toBe("192.0.2.1");
    expect((await settle("2", "10.0.0.2", spoofed))["x-forwarded-for"]).toBe("198.51.100.9");
  });
});
