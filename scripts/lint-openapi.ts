// Lints the API's OpenAPI description (lib/api/openapi.ts) with Redocly's recommended
// rules; part of `npm test`. Run: npx tsx scripts/lint-openapi.ts
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openApiDocument } from "../lib/api/openapi";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "openapi-"));
const file = path.join(folder, "openapi.json");
fs.writeFileSync(file, JSON.stringify(openApiDocument, null, 2));
try {
  execFileSync("npx", ["redocly", "lint", "--extends=recommended", "--format=stylish", file], {
    stdio: "inherit",
  });
} catch {
  process.exitCode = 1;
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}
