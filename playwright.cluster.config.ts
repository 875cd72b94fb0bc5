// The two-instance test: `npm run test:cluster` starts `npm run cluster` (nginx in front of
// two processes sharing Postgres and Redis) on a fresh database. Needs DATABASE_URL and nginx.
import { defineConfig } from "@playwright/test";
import baseConfig from "./playwright.config";
import { clusterPorts } from "./tests/cluster/ports";

const { port } = clusterPorts();

export default defineConfig({
  ...baseConfig,
  testDir: "tests/cluster",
  workers: 1,
  projects: [{ name: "cluster", use: baseConfig.projects![0].use }],
  use: { ...baseConfig.use, baseURL: `http://localhost:${port}` },
  webServer: {
    command: "npx tsx tests/cluster/server.ts",
    url: `http://localhost:${port}/about`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
