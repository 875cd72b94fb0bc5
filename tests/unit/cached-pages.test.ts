import fs from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";
import {
  getRewrittenUrl,
  unstable_doesMiddlewareMatch,
  unstable_getResponseFromNextConfig,
} from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { cachedPagePath, cachedSearchParams, canonicalQuery, listQueryKeys } from "@/lib/cached-pages";
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

// What the route receives: Next hands the segment over as it is in the path, still encoded.
const segmentOf = (path: string) => path.split("/")[3];

describe("cached pages", () => {
  it("keeps one copy of a list page for every viewer", () => {
    for (const path of ["/projects", "/partnerships", "/recommendations", "/organizations", "/cities"])
      expect(cachedPagePath(path, query("")), path).toBe(`/en/cached/_${path}`);
  });

  it("keeps an entry's list of endorsers by its query, like a list page", () => {
    expect(cachedPagePath("/projects/some-slug/endorsements", query("page=2"))).toBe(
      "/en/cached/page%3D2/projects/some-slug/endorsements",
    );
    expect(cachedPagePath("/recommendations/some-id/endorsements", query(""))).toBe(
      "/en/cached/_/recommendations/some-id/endorsements",
    );
    expect(cachedPagePath("/projects/some-slug/endorsements/more", query(""))).toBeNull();
  });

  it("serves pages that ignore the query under '_', whatever the query", () => {
    expect(cachedPagePath("/", query("utm=1"))).toBe("/en/cached/_");
    for (const path of [
      "/about",
      "/countries",
      "/countries/FR",
      "/workshops/ha-long-2010",
      "/organizations/asef",
      "/projects/some-slug",
    ])
      expect(cachedPagePath(path, query("utm=1")), path).toBe(`/en/cached/_${path}`);
  });

  it("renders on request what is a form, an account, the viewer's own or not a page", () => {
    for (const path of [
      "/projects/new",
      "/projects/some-slug/edit",
      "/projects/some-slug/endorse",
      "/recommendations/some-id/endorse",
      "/projects/export.csv",
      "/workshops/ha-long-2010/recommendations/new",
      "/login",
      "/account",
      "/admin",
      "/api/viewer",
    ])
      expect(cachedPagePath(path, query("")), path).toBeNull();
  });

  it("keys a list by its query, whatever the order of the parameters or the empty ones", () => {
    expect(canonicalQuery(query("kind=&discipline=HERITAGE&country=FR"))).toBe(
      "country=FR&discipline=HERITAGE",
    );
    expect(cachedPagePath("/projects", query("discipline=HERITAGE&country=FR&q="))).toBe(
      cachedPagePath("/projects", query("country=FR&discipline=HERITAGE")),
    );
    expect(cachedPagePath("/projects", query("q=&country="))).toBe("/en/cached/_/projects");
  });

  it("keeps a copy per language, English at the root", () => {
    expect(cachedPagePath("/fr", query(""))).toBe("/fr/cached/_");
    expect(cachedPagePath("/fr/projects", query("country=FR"))).toBe("/fr/cached/country%3DFR/projects");
    expect(cachedPagePath("/zh/projects/some-slug", query(""))).toBe("/zh/cached/_/projects/some-slug");
    expect(cachedPagePath("/ko/recommendations/some-id/endorsements", query(""))).toBe(
      "/ko/cached/_/recommendations/some-id/endorsements",
    );
    expect(cachedPagePath("/ja/account", query(""))).toBeNull();
    // Not a language: an English address like any other.
    expect(cachedPagePath("/xx/projects", query(""))).toBeNull();
  });

  it("renders a very long query on request instead of caching it", () => {
    expect(cachedPagePath("/projects", query(`q=${"heritage ".repeat(40)}`))).toBeNull();
  });

  it("gives the page back the parameters it was asked for, with their characters", async () => {
    const path = cachedPagePath("/projects", query("q=caf%C3%A9+a%26b+100%25&page=2&country=FR&country=DE"))!;
    const params = await cachedSearchParams(Promise.resolve({ query: segmentOf(path) }));
    expect(params).toEqual({ q: "café a&b 100%", page: "2", country: ["FR", "DE"] });
    expect(await cachedSearchParams(Promise.resolve({ query: "_" }))).toEqual({});
  });
});

describe("the list pages' parameters", () => {
  const sorted = (keys: Iterable<string>) => [...new Set(keys)].sort();

  it("are the lists' schemas' (lib/lists/registry.ts), as lib/list-query-keys.json spells them for the cache", () => {
    expect(sorted(listQueryKeys), "lib/list-query-keys.json").toEqual(registryKeys);
  });

  it("are those proxy.ts catches list pages by, and no other", async () => {
    const { config } = await import("@/proxy");
    const matches = (url: string) => unstable_doesMiddlewareMatch({ config, url });
    for (const { pathname } of lists) {
      for (const key of registryKeys)
        expect(matches(`${pathname}?${key}=x`), `${pathname}?${key}`).toBe(true);
      expect(matches(pathname), pathname).toBe(false);
      expect(matches(`${pathname}?utm_source=x`), `${pathname}?utm_source`).toBe(false);
    }
    expect(matches("/projects/some-slug?page=2")).toBe(false);
    expect(matches("/projects/some-slug/endorsements?page=2")).toBe(true);
  });

  it("are those next.config.mjs needs absent to serve a list's copy without a query", async () => {
    const plainList = (await configuredRewrites()).find(
      (rewrite) => rewrite.destination === "/en/cached/_/:list",
    );
    const absentKeys = (plainList?.missing ?? [])
      .filter((item) => item.type === "query")
      .map((item) => item.key);
    expect(sorted(absentKeys)).toEqual(registryKeys);
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

  it("leave lists with a query to proxy.ts, and forms, the viewer's own pages and posts to the page", async () => {
    expect(await rewrittenTo("/projects?q=heritage")).toBe("/en/projects");
    expect(await rewrittenTo("/fr/projects?q=heritage")).toBeNull();
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
