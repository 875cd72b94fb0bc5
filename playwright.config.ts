// Browser tests against the production build. One spec: `npx playwright test tests/e2e/projects.spec.ts`.
// Set E2E_SKIP_BUILD=1 to reuse the last `next build`.
import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  throw new Error(
    `No Chromium at ${chromium}. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`,
  );
}
const port = process.env.E2E_PORT ?? "3100";

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: !!process.env.CI,
  // Pages with many rows run axe for several seconds on a 2-core machine.
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "on-first-retry",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] } },
    { name: "phone", use: { ...devices["Pixel 7"] }, testMatch: /(smoke|browse)\.spec\.ts/ },
  ],
  webServer: {
    command: "npx tsx tests/e2e/server.ts",
    url: `http://localhost:${port}`,
    timeout: 600_000,
    // Never someone else's server on the port: each run gets a fresh database.
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
