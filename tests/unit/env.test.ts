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

describe("mail settings", () => {
  it("write mail to .data/mail unless an SMTP server is given", async () => {
    const env = await loadEnv({ SMTP_URL: "" });
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.MAIL_DIR).toBe(".data/mail");
    expect((await loadEnv({ SMTP_URL: "smtps://user:secret@mail.example.org:465" })).SMTP_URL).toBe(
      "smtps://user:secret@mail.example.org:465",
    );
  });

  it("refuse an SMTP_URL or a sender that is not one, with a clear message", async () => {
    await expect(loadEnv({ SMTP_URL: "mail.example.org:25" })).rejects.toThrow(/SMTP_URL must look like/);
    await expect(loadEnv({ MAIL_FROM: "Portal <not an address>" })).rejects.toThrow(/MAIL_FROM must be/);
  });
});
