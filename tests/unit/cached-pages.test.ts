import fs from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";
import { getRewrittenUrl, unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { cachedQuery, cachedSearchParams, canonicalQuery, listQueryKeys } from "@/lib/cached-pages";
import { lists, listQueryKeys as registryKeys } from "@/lib/lists/registry";

const query = (search: string) => new URLSearchParams(search);

type Condition = { type: string; key: string; value?: string };
type Rewrite = { source: string; destination: string; has?: Condition[]; missing?: Condition[] };

async function loadNextConfig(): Promise<NextConfig> {
  // @ts-expect-error: next.config.mjs is plain JavaScript, typed by its JSDoc only.
  const { default: nextConfig }: { default: NextConfig } = await import("@/next.config.mjs");
  return nextConfig;
}

async function configuredRewrites(): Promise<Rewrite[]> {
  return ((await (await loadNextConfig()).rewrites!()) as { beforeFiles: Rewrite[] }).beforeFiles;
}

describe("a cached list's query", () => {
  const read = (segment: string) => cachedQuery(Promise.resolve({ query: segment }));

  it("is read back from the path the rewrites wrote, its values as they were asked for", async () => {
    expect(await read("_")).toBe("");
    expect(await read("_&country=FR&q=heritage site")).toBe("country=FR&q=heritage+site");
    // Next may hand the segment over still encoded.
    expect(await read("_%26q%3Dheritage%20site%26page%3D2")).toBe("q=heritage+site&page=2");
    expect(await cachedSearchParams(Promise.resolve({ query: "_&country=FR&q=it's (new)" }))).toEqual({
      country: "FR",
      q: "it's (new)",
    });
  });

  it("is keyed whatever the order of the parameters or the empty ones, for the canonical link", () => {
    expect(canonicalQuery(query("kind=&discipline=HERITAGE&country=FR"))).toBe(
      "country=FR&discipline=HERITAGE",
    );
  });
});

describe("the list pages' parameters", () => {
  const sorted = (keys: Iterable<string>) => [...new Set(keys)].sort();

  it("are the lists' schemas' (lib/lists/registry.ts), as lib/list-query-keys.json spells them for the cache", () => {
    expect(sorted(listQueryKeys), "lib/list-query-keys.json").toEqual(registryKeys);
  });

  it("are those next.config.mjs moves into a copy's path, each once, or sends to the page rendered on request", async () => {
    const byQuery = (await configuredRewrites()).filter((rewrite) =>
      rewrite.has?.some((item) => item.type === "query"),
    );
    expect(byQuery.map((rewrite) => rewrite.has![0].key)).toEqual([...registryKeys, ...registryKeys]);
    const intoPath = new RegExp(`^${byQuery[0].has![0].value}$`);
    const onRequest = new RegExp(`^${byQuery.at(-1)!.has![0].value}$`);
    for (const value of ["heritage", "heritage site", "FR", "2", "it's (new)", "x".repeat(100)]) {
      expect(intoPath.test(value), value).toBe(true);
      expect(onRequest.test(value), value).toBe(false);
    }
    // The copy reads its query back by & and =, a path splits at /, and Next names the
    // path it rewrote to in a header, which takes printable ASCII only.
    const unfit = [
      "a&b",
      "a=b",
      "100%",
      "a+b",
      "a/b",
      "a?b",
      "a#b",
      "a\\b",
      "a\nb",
      "café",
      "文化",
      "x".repeat(101),
    ];
    for (const value of unfit) {
      expect(intoPath.test(value), value).toBe(false);
      expect(onRequest.test(value), value).toBe(true);
    }
  });

  it("include every parameter a list page's filter form sends", () => {
    for (const list of lists) {
      const files = [`app/[locale]/(site)${list.pathname}/page.tsx`];
      if (list.pathname === "/partnerships") files.push("components/partnerships/partnership-filters.tsx");
      const sent = files.flatMap((file) => {
        const source = fs.readFileSync(path.join(process.cwd(), file), "utf8");
        return [...source.matchAll(/\bname: "(\w+)"/g)].map((match) => match[1]);
      });
      expect(sent.length, list.pathname).toBeGreaterThan(1);
      expect(
        sent.filter((key) => !list.keys.includes(key)),
        list.pathname,
      ).toEqual([]);
    }
  });
});

describe("next.config.mjs's rewrites", () => {
  // Where next.config.mjs's rewrites send a request, matched as Next matches them, or
  // null when none does.
  async function rewrittenTo(
    url: string,
    {
      cookies = {},
      headers = {},
    }: { cookies?: Record<string, string>; headers?: Record<string, string> } = {},
  ): Promise<string | null> {
    const response = await unstable_getResponseFromNextConfig({
      url: `http://localhost${url}`,
      nextConfig: await loadNextConfig(),
      cookies,
      headers,
    });
    const rewritten = getRewrittenUrl(response);
    return rewritten === null ? null : new URL(rewritten).pathname;
  }

  it("serve one copy to every viewer, signed in or not", async () => {
    const cookieSets: Record<string, string>[] = [
      {},
      { "next-auth.session-token": "t" },
      { "portal-viewer": "admin" },
    ];
    for (const cookies of cookieSets)
      for (const [url, copy] of [
        ["/", "/en/cached/_"],
        ["/projects", "/en/cached/_/projects"],
        ["/about", "/en/cached/_/about"],
        ["/projects/some-slug", "/en/cached/_/projects/some-slug"],
        ["/recommendations/some-id?utm=1", "/en/cached/_/recommendations/some-id"],
        ["/fr", "/fr/cached/_"],
        ["/zh/projects", "/zh/cached/_/projects"],
        ["/ko/projects/some-slug", "/ko/cached/_/projects/some-slug"],
      ])
        expect(await rewrittenTo(url, { cookies }), `${JSON.stringify(cookies)} ${url}`).toBe(copy);
  });

  it("start a list with a query at its copy without one, and leave forms, the viewer's own pages and posts to the page", async () => {
    // This helper stops at the first rewrite that matches; Next goes on through the rest,
    // which add the query to the copy's path (tests/e2e/caching.spec.ts).
    expect(await rewrittenTo("/projects?q=heritage")).toBe("/en/cached/_/projects");
    expect(await rewrittenTo("/fr/projects?q=heritage")).toBe("/fr/cached/_/projects");
    expect(await rewrittenTo("/projects/some-slug/endorsements?page=2")).toBe(
      "/en/cached/_/projects/some-slug/endorsements",
    );
    expect(await rewrittenTo("/ko/recommendations/some-id/endorsements")).toBe(
      "/ko/cached/_/recommendations/some-id/endorsements",
    );
    expect(await rewrittenTo("/projects/some-slug/endorsements/more")).toBe(
      "/en/projects/some-slug/endorsements/more",
    );
    expect(await rewrittenTo("/projects/some-slug/edit")).toBe("/en/projects/some-slug/edit");
    // Not a language: an English address like any other.
    expect(await rewrittenTo("/xx/projects")).toBe("/en/xx/projects");
    expect(await rewrittenTo("/ja/account")).toBeNull();
    expect(await rewrittenTo("/projects/new")).toBe("/en/projects/new");
    expect(await rewrittenTo("/de/projects/new")).toBeNull();
    expect(await rewrittenTo("/projects/some-slug/endorse")).toBe("/en/projects/some-slug/endorse");
    expect(await rewrittenTo("/projects/some-slug", { headers: { "next-action": "x" } })).toBe(
      "/en/projects/some-slug",
    );
    expect(await rewrittenTo("/vi/projects/some-slug", { headers: { "next-action": "x" } })).toBeNull();
    expect(
      await rewrittenTo("/projects/some-slug", {
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
    ).toBe("/en/projects/some-slug");
  });

  it("put English, at the root, under /en, but not the API, sitemaps, map files and files", async () => {
    expect(await rewrittenTo("/account")).toBe("/en/account");
    expect(await rewrittenTo("/projects/export.csv")).toBe("/en/projects/export.csv");
    for (const path of [
      "/api/viewer",
      "/robots.txt",
      "/sitemap.xml",
      "/sitemaps/projects-1.xml",
      "/maps/world-0123456789ab.svg",
      "/icon.svg",
    ])
      expect(await rewrittenTo(path), path).toBeNull();
    expect(await rewrittenTo("/_next/static/chunks/main.js")).toBeNull();
  });

  it("and proxy.ts never look at cookies", async () => {
    const { config } = await import("@/proxy");
    const conditions = config.matcher.flatMap((entry) => (typeof entry === "object" ? entry.has : []));
    expect(conditions.filter((item) => item.type === "cookie")).toEqual([]);
    for (const rewrite of await configuredRewrites())
      expect(
        [...(rewrite.has ?? []), ...(rewrite.missing ?? [])].filter((item) => item.type === "cookie"),
      ).toEqual([]);
  });
});
