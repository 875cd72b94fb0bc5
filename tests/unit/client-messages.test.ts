import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientMessagePaths, pickMessages, type ClientArea } from "@/i18n/client-messages";
import { messagesFor } from "@/i18n/messages";
import { routing } from "@/i18n/routing";

// Client components outside the route groups that render only inside one area's layout.
const componentsOfArea: Record<string, ClientArea> = {
  "components/admin/admin-nav.tsx": "admin",
  "components/admin/recommendation-status-form.tsx": "admin",
  "components/notifications/mail-language-form.tsx": "accounts",
};

function areaOf(file: string): ClientArea {
  if (file.includes("/(auth)/")) return "accounts";
  if (file.includes("/(admin)/")) return "admin";
  return componentsOfArea[file] ?? "site";
}

function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(folder, file).split(path.sep).join("/"));
}

// Client components, and the hooks under lib/ they translate through (lib/format.ts's useFormat).
const clientComponents = ["app", "components", "lib"]
  .flatMap(sourceFiles)
  .map((file) => ({ file, source: fs.readFileSync(file, "utf8") }))
  .filter(
    ({ file, source }) =>
      /^["']use client["']/m.test(source) || (file.startsWith("lib/") && source.includes("useTranslations(")),
  );

describe("the messages sent to the browser", () => {
  it("found the client components that translate", () => {
    expect(
      clientComponents.filter(({ source }) => source.includes("useTranslations(")).length,
    ).toBeGreaterThan(20);
  });

  it.each(clientComponents.map(({ file, source }) => [file, source]))(
    "cover every namespace %s translates with",
    (file, source) => {
      const calls = [...source.matchAll(/useTranslations\(([^)]*)\)/g)].map((match) => match[1].trim());
      const paths = clientMessagePaths(areaOf(file));
      for (const call of calls) {
        // A namespace the test cannot read is one the lists cannot be held to.
        expect(call, `${file}: useTranslations needs a literal namespace`).toMatch(/^"[\w.]+"$/);
        const namespace = call.slice(1, -1);
        const covered = paths.some((sent) => namespace === sent || namespace.startsWith(`${sent}.`));
        expect(covered, `${file} translates with "${namespace}", not sent to its ${areaOf(file)} pages`).toBe(
          true,
        );
      }
    },
  );

  it.each(routing.locales)("exist in %s, and the site's are a small part of all", (locale) => {
    const all = messagesFor(locale);
    for (const area of ["site", "accounts", "admin"] as const) pickMessages(all, clientMessagePaths(area));
    const site = JSON.stringify(pickMessages(all, clientMessagePaths("site"))).length;
    expect(site).toBeLessThan(JSON.stringify(all).length / 4);
  });

  it("picks nested parts whole and keeps their place", () => {
    const messages = { a: { b: { c: "1" }, d: "2" }, e: "3" };
    expect(pickMessages(messages, ["a.b", "e"])).toEqual({ a: { b: { c: "1" } }, e: "3" });
    expect(() => pickMessages(messages, ["a.x"])).toThrow('No messages at "a.x"');
  });
});
