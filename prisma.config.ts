import path from "node:path";
import { defineConfig } from "prisma/config";

// For `prisma generate` (run by `npm install`). Migrations are applied by
// `npm run db:migrate` (lib/migrations.ts), not by the Prisma CLI. The "js" engine
// keeps the CLI from fetching a native schema engine, which cannot be downloaded here.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    throw new Error("Apply migrations with `npm run db:migrate` (lib/migrations.ts), not the Prisma CLI.");
  },
});
