import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only.ts"),
  // What next-intl's Next plugin does: its request config (i18n/request.ts).
  "next-intl/config": path.resolve(import.meta.dirname, "i18n/request.ts"),
  // What Next's compiler does for app/[locale]'s root parameter.
  "next/root-params": path.resolve(import.meta.dirname, "tests/setup/root-params.ts"),
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
          // next-intl's navigation imports "next/navigation" without an extension, which only a
          // bundler resolves: let Vite transform it rather than Node load it.
          server: { deps: { inline: ["next-intl"] } },
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
        },
      },
      {
        extends: true,
        resolve: {
          alias: {
            // Actions and route handlers run as React Server Components do, where next-intl's
            // server functions live (Next picks this build by the react-server condition).
            "next-intl/server": path.resolve(
              import.meta.dirname,
              "node_modules/next-intl/dist/esm/production/server.react-server.js",
            ),
          },
        },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/integration-global.ts"],
          setupFiles: [
            "tests/setup/fail-on-console-error.ts",
            "tests/setup/mailbox.ts",
            "tests/setup/integration-worker.ts",
            "tests/setup/next-request-mocks.ts",
          ],
          // Sessions are signed with a fixed test secret rather than one written to .data/.
          env: {
            AUTH_SECRET: "integration-tests-secret-0123456789abcdef",
            // Links must come from the public address, never from the request (lib/public-url.ts).
            PUBLIC_URL: "https://culture.example.org",
          },
          // next-intl's server functions read the request's headers from next/headers: bundled
          // rather than loaded by Node, they get the mocked one (and resolve it at all).
          server: { deps: { inline: ["next-intl"] } },
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
