import { describe, expect, it, vi } from "vitest";

async function loadEnv(values: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(values)) vi.stubEnv(key, value as string);
  try {
    return (await import("@/lib/env")).env;
  } finally {
    vi.unstubAllEnvs();
  }
}

describe("env", () => {
  it("uses the embedded store when DATABASE_URL is empty", async () => {
    expect((await loadEnv({ DATABASE_URL: "" })).DATABASE_URL).toBeUndefined();
  });

  it("accepts a postgres URL", async () => {
    expect((await loadEnv({ DATABASE_URL: "postgresql://u@localhost/db" })).DATABASE_URL).toBe(
      "postgresql://u@localhost/db",
    );
  });

  it("rejects anything else with a clear message", async () => {
    await expect(loadEnv({ DATABASE_URL: "mysql://u@localhost/db" })).rejects.toThrow(
      /must start with postgresql/,
    );
  });
});
