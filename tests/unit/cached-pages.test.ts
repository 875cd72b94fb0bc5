import type { IncomingMessage } from "node:http";
import fs from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";
import type { RouteHas } from "next/dist/lib/load-custom-routes";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { matchHas, prepareDestination } from "next/dist/shared/lib/router/utils/prepare-destination";
import { describe, expect, it } from "vitest";
import { viewerHintCookie } from "@/lib/auth/cookie";
import {
  OWN_VIEW_PARAM,
  cachedPagePath,
  cachedSearchParams,
  canonicalQuery,
  listQueryKeys,
} from "@/lib/cached-pages";

const query = (search: string) => new URLSearchParams(search);

type Condition = { type: string; key: string; value?: string };
type Rewrite = { source: string; destination: string; has?: Condition[]; missing?: Condition[] };

async function configuredRewrites(): Promise<Rewrite[]> {
  // @ts-expect-error: next.config.mjs is plain JavaScript, typed by its JSDoc only.
  const { default: nextConfig }: { default: NextConfig } = await import("@/next.config.mjs");
  return ((await nextConfig.rewrites!()) as { beforeFiles: Rewrite[] }).beforeFiles;
}

// What the route receives: Next hands the segment over as it is in the path, still encoded.
const segmentOf = (path: string) => path.split("/")[3];

describe("cached pages", () => {
  it("keeps one copy of a list page per kind of viewer", () => {
    for (const path of ["/projects", "/partnerships", "/recommendations", "/organizations", "/cities"]) {
      expect(cachedPagePath(path, query(""), "visitor"), path).toBe(`/cached/visitor/_${path}`);
      expect(cachedPagePath(path, query(""), "member"), path).toBe(`/cached/member/_${path}`);
      expect(cachedPagePath(path, query(""), "admin"), path).toBe(`/cached/admin/_${path}`);
    }
  });

  it("keeps an entry's list of endorsers by its query, like a list page", () => {
    expect(cachedPagePath("/projects/some-slug/endorsements", query("page=2"), "visitor")).toBe(
      "/cached/visitor/page%3D2/projects/some-slug/endorsements",
    );
    expect(cachedPagePath("/recommendations/some-id/endorsements", query(""), "member")).toBe(
      "/cached/member/_/recommendations/some-id/endorsements",
    );
    expect(cachedPagePath("/projects/some-slug/endorsements/more", query(""), "visitor")).toBeNull();
  });

  it("serves pages that ignore the query under '_', whatever the query", () => {
    expect(cachedPagePath("/", query("utm=1"), "member")).toBe("/cached/member/_");
    for (const path of [
      "/about",
      "/countries",
      "/countries/FR",
      "/workshops/ha-long-2010",
      "/organizations/asef",
    ])
      expect(cachedPagePath(path, query(""), "member"), path).toBe(`/cached/member/_${path}`);
  });

  it("keeps one copy of an entry's page per kind of viewer; its own view renders on request", () => {
    for (const viewer of ["visitor", "member", "admin"] as const) {
      expect(cachedPagePath("/projects/some-slug", query(""), viewer)).toBe(
        `/cached/${viewer}/_/projects/some-slug`,
      );
      expect(cachedPagePath("/recommendations/some-id", query("utm=1"), viewer)).toBe(
        `/cached/${viewer}/_/recommendations/some-id`,
      );
      // What the copy's panel links to without JavaScript: the viewer's own forms.
      expect(cachedPagePath("/projects/some-slug", query("yours=1"), viewer)).toBeNull();
    }
  });

  it("renders on request what is a form, an account or not a page", () => {
    for (const path of [
      "/projects/new",
      "/projects/some-slug/edit",
      "/projects/export.csv",
      "/workshops/ha-long-2010/recommendations/new",
      "/login",
      "/account",
      "/admin",
    ])
      for (const viewer of ["member", "admin"] as const)
        expect(cachedPagePath(path, query(""), viewer), `${viewer} ${path}`).toBeNull();
  });

  it("keys a list by its query, whatever the order of the parameters or the empty ones", () => {
    expect(canonicalQuery(query("kind=&discipline=HERITAGE&country=FR"))).toBe(
      "country=FR&discipline=HERITAGE",
    );
    expect(cachedPagePath("/projects", query("discipline=HERITAGE&country=FR&q="), "visitor")).toBe(
      cachedPagePath("/projects", query("country=FR&discipline=HERITAGE"), "visitor"),
    );
    expect(cachedPagePath("/projects", query("q=&country="), "visitor")).toBe("/cached/visitor/_/projects");
  });

  it("renders a very long query on request instead of caching it", () => {
    expect(cachedPagePath("/projects", query(`q=${"heritage ".repeat(40)}`), "visitor")).toBeNull();
  });

  it("gives the page back the parameters it was asked for, with their characters", async () => {
    const path = cachedPagePath(
      "/projects",
      query("q=caf%C3%A9+a%26b+100%25&page=2&country=FR&country=DE"),
      "member",
    )!;
    const params = await cachedSearchParams(Promise.resolve({ viewer: "member", query: segmentOf(path) }));
    expect(params).toEqual({ q: "café a&b 100%", page: "2", country: ["FR", "DE"] });
    expect(await cachedSearchParams(Promise.resolve({ viewer: "visitor", query: "_" }))).toEqual({});
  });
});

describe("the list pages' parameters", () => {
  const sorted = (keys: Iterable<string>) => [...new Set(keys)].sort();

  it("are those proxy.ts catches list pages by, and those next.config.mjs needs absent", async () => {
    const { config } = await import("@/proxy");
    const proxyKeys = config.matcher.flatMap((entry) =>
      typeof entry === "object"
        ? entry.has.filter((item) => item.type === "query").map((item) => item.key)
        : [],
    );
    expect(sorted(proxyKeys)).toEqual(sorted(listQueryKeys));

    const plainList = (await configuredRewrites()).find(
      (rewrite) => rewrite.destination === "/cached/visitor/_/:list",
    );
    const absentKeys = (plainList?.missing ?? [])
      .filter((item) => item.type === "query")
      .map((item) => item.key);
    expect(sorted(absentKeys)).toEqual(sorted(listQueryKeys));
  });

  it("include every parameter a list page reads or its filter form sends", () => {
    const files = [
      "lib/list-filters.ts",
      "components/partnerships/partnership-filters.tsx",
      ...["cities", "organizations", "partnerships", "projects", "recommendations"].map(
        (list) => `app/(site)/${list}/page.tsx`,
      ),
    ];
    const used = files.flatMap((file) => {
      const source = fs.readFileSync(path.join(process.cwd(), file), "utf8");
      return [...source.matchAll(/\bparams\.(\w+)|\bname="(\w+)"/g)].map((match) => match[1] ?? match[2]);
    });
    expect(used.length).toBeGreaterThan(20);
    expect(sorted(used).filter((key) => !listQueryKeys.includes(key))).toEqual([]);
  });
});

describe("the signed-in viewer's copies", () => {
  const sessionCookies = ["next-auth.session-token", "__Secure-next-auth.session-token"];

  // Where next.config.mjs's rewrites send a request, matched as Next matches them (in
  // order, the first that applies), or null when none does.
  async function rewrittenTo(
    url: string,
    {
      cookies = {},
      headers = {},
    }: { cookies?: Record<string, string>; headers?: Record<string, string> } = {},
  ): Promise<string | null> {
    const { pathname, searchParams } = new URL(url, "http://localhost");
    const query = Object.fromEntries(searchParams);
    const cookie = Object.entries(cookies)
      .map(([name, value]) => `${name}=${value}`)
      .join("; ");
    const request = { headers: { ...headers, ...(cookie ? { cookie } : {}) } } as unknown as IncomingMessage;
    for (const rewrite of await configuredRewrites()) {
      const params = getPathMatch(rewrite.source, { removeUnnamedParams: true, strict: true })(pathname);
      if (!params) continue;
      const matched = matchHas(request, query, rewrite.has as RouteHas[], rewrite.missing as RouteHas[]);
      if (!matched) continue;
      const { parsedDestination } = prepareDestination({
        appendParamsToQuery: true,
        destination: rewrite.destination,
        params: { ...params, ...matched },
        query,
      });
      return parsedDestination.pathname;
    }
    return null;
  }

  it("are served by next.config.mjs to a session with the viewer hint", async () => {
    for (const kind of ["member", "admin"])
      for (const session of sessionCookies) {
        const cookies = { [session]: "token", [viewerHintCookie.name]: kind };
        for (const [url, copy] of [
          ["/", `/cached/${kind}/_`],
          ["/projects", `/cached/${kind}/_/projects`],
          ["/about", `/cached/${kind}/_/about`],
          ["/projects/some-slug", `/cached/${kind}/_/projects/some-slug`],
          ["/recommendations/some-id?utm=1", `/cached/${kind}/_/recommendations/some-id`],
        ])
          expect(await rewrittenTo(url, { cookies }), `${kind} ${session} ${url}`).toBe(copy);
        // Except an entry's own view, with the viewer's own forms, and a list with a
        // query, which proxy.ts moves into the path.
        expect(await rewrittenTo(`/projects/some-slug?${OWN_VIEW_PARAM}=1`, { cookies })).toBeNull();
        expect(await rewrittenTo("/projects?q=heritage", { cookies })).toBeNull();
        expect(await rewrittenTo("/projects/new", { cookies })).toBeNull();
        // Nor a form posted to the page, with or without JavaScript.
        expect(
          await rewrittenTo("/projects/some-slug", { cookies, headers: { "next-action": "x" } }),
        ).toBeNull();
        expect(
          await rewrittenTo("/projects/some-slug", {
            cookies,
            headers: { "content-type": "application/x-www-form-urlencoded" },
          }),
        ).toBeNull();
      }
  });

  it("are for a session with a hint of a kind; otherwise the visitor's copy, proxy.ts or the page itself", async () => {
    const session = sessionCookies[0];
    expect(await rewrittenTo("/projects")).toBe("/cached/visitor/_/projects");
    // A hint left without its session: the visitor's copy.
    expect(await rewrittenTo("/projects", { cookies: { [viewerHintCookie.name]: "member" } })).toBe(
      "/cached/visitor/_/projects",
    );
    // A session without the hint: no rule, so proxy.ts reads the session. With a hint that
    // names no kind: no rule either, and proxy.ts skips any hint, so the page renders on request.
    expect(await rewrittenTo("/projects", { cookies: { [session]: "token" } })).toBeNull();
    expect(
      await rewrittenTo("/projects", { cookies: { [session]: "token", [viewerHintCookie.name]: "owner" } }),
    ).toBeNull();
  });

  it("are otherwise served by proxy.ts, which reads the session", async () => {
    const { config } = await import("@/proxy");
    const bySession = config.matcher.filter(
      (entry) => typeof entry === "object" && entry.has.some((item) => item.type === "cookie"),
    );
    expect(bySession.length).toBeGreaterThan(0);
    for (const entry of bySession)
      expect(entry).toMatchObject({ missing: [{ type: "cookie", key: viewerHintCookie.name }] });
  });
});
