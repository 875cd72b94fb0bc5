import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only.ts"),
};

export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          environment: "jsdom",
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/integration-global.ts"],
          setupFiles: [
            "tests/setup/fail-on-console-error.ts",
            "tests/setup/integration-worker.ts",
            "tests/setup/next-request-mocks.ts",
          ],
          // Sessions are signed with a fixed test secret rather than one written to .data/.
          env: {
            AUTH_SECRET: "integration-tests-secret-0123456789abcdef",
            // Links must come from the public address, never from the request (lib/public-url.ts).
            PUBLIC_URL: "https://culture.example.org",
          },
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
