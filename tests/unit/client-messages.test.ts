import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientMessagePaths, clientMessages, pickMessages, type ClientArea } from "@/i18n/client-messages";
import { messagesFor } from "@/i18n/messages";
import { routing } from "@/i18n/routing";

// The area of a route's own modules: the account pages' and the admin area's layouts send more.
function areaOfRoute(file: string): ClientArea {
  if (file.includes("/(auth)/")) return "accounts";
  if (file.includes("/(admin)/")) return "admin";
  return "site";
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

const isClient = (file: string) => /^["']use client["']/m.test(sources.get(file)!);
const servedArea = /<ClientMessages area="(\w+)"/g;

const importers = (file: string) => [...sources.keys()].filter((other) => importsOf(other).includes(file));

// The areas a module is drawn in: where a server module puts <ClientMessages area> around
// what it renders, those areas (each of its parts may have its own); a route's own module,
// its route's; any other module, the areas of the server modules that render it.
function areasOf(file: string, seen = new Set<string>()): ClientArea[] {
  const served = [...sources.get(file)!.matchAll(servedArea)].map((match) => match[1] as ClientArea);
  if (served.length && !isClient(file)) return [...new Set(served)];
  if (file.startsWith("app/") || !importers(file).length) return [areaOfRoute(file)];
  // Client modules that import it draw it in their own areas (followed from them below).
  const renderers = importers(file).filter((other) => !isClient(other) && !seen.has(other));
  seen.add(file);
  return [...new Set(renderers.flatMap((renderer) => areasOf(renderer, seen)))];
}

// What runs in the browser: every "use client" module and all it imports but server
// actions, each with the areas of the client modules that reach it.
const clientModules = new Map<string, Set<ClientArea>>();
for (const entry of sources.keys()) {
  if (!isClient(entry)) continue;
  // A client module only other client modules import is drawn where they are; a route's
  // own client module (error.tsx) has no importer at all.
  const renderers = importers(entry);
  const areas = renderers.length
    ? renderers.filter((file) => !isClient(file)).flatMap((file) => areasOf(file))
    : [areaOfRoute(entry)];
  for (const area of new Set(areas)) {
    const queue = [entry];
    for (let file = queue.pop(); file; file = queue.pop()) {
      // A client module calls a server action by reference: the action's module stays on the server.
      if (/^["']use server["']/m.test(sources.get(file)!)) continue;
      const areas = clientModules.get(file) ?? new Set();
      if (areas.has(area)) continue;
      clientModules.set(file, areas.add(area));
      queue.push(...importsOf(file));
    }
  }
}
const clientComponents = [...clientModules].map(([file, areas]) => ({ file, areas: [...areas] }));

describe("the messages sent to the browser", () => {
  it("found the client components that translate", () => {
    const translating = clientComponents.filter(({ file }) =>
      sources.get(file)!.includes("useTranslations("),
    );
    expect(translating.length).toBeGreaterThan(15);
    expect(translating.map(({ file }) => file)).toContain("components/forms/fields.tsx");
    expect(clientComponents.map(({ file }) => file)).not.toContain("lib/db.ts");
    const areasOfModule = (file: string) => clientComponents.find((module) => module.file === file)?.areas;
    expect(areasOfModule("components/entries/own-entry-panel.tsx")).toEqual(["entry"]);
    expect(areasOfModule("components/endorsements/endorsement-forms.tsx")?.sort()).toEqual([
      "entry",
      "ownEntry",
    ]);
    expect(areasOfModule("components/layout/site-header.tsx")).toEqual(["site"]);
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
    for (const area of ["site", "entry", "ownEntry", "contributing", "accounts", "admin"] as const)
      pickMessages(all, clientMessagePaths(area));
    const site = JSON.stringify(pickMessages(all, clientMessagePaths("site"))).length;
    expect(site).toBeLessThan(JSON.stringify(all).length / 20);
  });

  it("sends one object per language and area", () => {
    const all = messagesFor("fr");
    expect(clientMessages(all, "contributing")).toBe(clientMessages(all, "contributing"));
    expect(clientMessages(all, "site")).toEqual(pickMessages(all, clientMessagePaths("site")));
  });

  it("picks nested parts whole and keeps their place", () => {
    const messages = { a: { b: { c: "1" }, d: "2" }, e: "3" };
    expect(pickMessages(messages, ["a.b", "e"])).toEqual({ a: { b: { c: "1" } }, e: "3" });
    expect(() => pickMessages(messages, ["a.x"])).toThrow('No messages at "a.x"');
  });
});
