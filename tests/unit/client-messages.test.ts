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

const sources = new Map(
  ["app", "components", "lib", "i18n"]
    .flatMap((folder) =>
      fs
        .readdirSync(folder, { recursive: true, encoding: "utf8" })
        .map((file) => path.posix.join(folder, file)),
    )
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => [file, fs.readFileSync(file, "utf8")]),
);

// The project's modules a module imports ("@/…" and relative paths; types never reach the browser).
const importFrom = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+"(@\/[^"]+|\.{1,2}\/[^"]+)"/gm;
function importsOf(file: string): string[] {
  const specifiers = [...sources.get(file)!.matchAll(importFrom)].map((match) => match[1]);
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith("@/")
      ? specifier.slice(2)
      : path.posix.join(path.posix.dirname(file), specifier);
    const found = [".ts", ".tsx", "/index.ts", "/index.tsx"]
      .map((end) => base + end)
      .find((f) => sources.has(f));
    return found ? [found] : [];
  });
}

// What runs in the browser: every "use client" module and all it imports but server
// actions, each with the areas of the client modules that reach it.
const clientModules = new Map<string, Set<ClientArea>>();
for (const [entry, source] of sources) {
  if (!/^["']use client["']/m.test(source)) continue;
  const queue = [entry];
  for (let file = queue.pop(); file; file = queue.pop()) {
    // A client module calls a server action by reference: the action's module stays on the server.
    if (/^["']use server["']/m.test(sources.get(file)!)) continue;
    const areas = clientModules.get(file) ?? new Set();
    if (areas.has(areaOf(entry))) continue;
    clientModules.set(file, areas.add(areaOf(entry)));
    queue.push(...importsOf(file));
  }
}
const clientComponents = [...clientModules].map(([file, areas]) => ({ file, areas: [...areas] }));

describe("the messages sent to the browser", () => {
  it("found the client components that translate", () => {
    const translating = clientComponents.filter(({ file }) =>
      sources.get(file)!.includes("useTranslations("),
    );
    expect(translating.length).toBeGreaterThan(30);
    expect(translating.map(({ file }) => file)).toContain("components/forms/fields.tsx");
    expect(clientComponents.map(({ file }) => file)).not.toContain("lib/db.ts");
  });

  it.each(clientComponents.map(({ file, areas }) => [file, areas] as const))(
    "cover every namespace %s translates with",
    (file, areas) => {
      const calls = [...sources.get(file)!.matchAll(/useTranslations\(([^)]*)\)/g)].map((match) =>
        match[1].trim(),
      );
      for (const area of areas)
        for (const call of calls) {
          // A namespace the test cannot read is one the lists cannot be held to.
          expect(call, `${file}: useTranslations needs a literal namespace`).toMatch(/^"[\w.]+"$/);
          const namespace = call.slice(1, -1);
          const sent = clientMessagePaths(area);
          const covered = sent.some((path) => namespace === path || namespace.startsWith(`${path}.`));
          expect(covered, `${file} translates with "${namespace}", not sent to the ${area} area`).toBe(true);
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
