import type { NextConfig } from "next";
import { getRedirectUrl, unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { localizedPath, splitLocale } from "@/i18n/locale-names";
import { routing } from "@/i18n/routing";
import { isCachedCopyPath } from "@/lib/cached-pages";
import { sitemapXml } from "@/lib/open-data/sitemap-xml";

type Redirect = { source: string; destination: string; permanent: boolean };

async function nextConfig() {
  // @ts-expect-error: next.config.mjs is plain JavaScript, typed by its JSDoc only.
  const { default: config } = await import("@/next.config.mjs");
  return config as {
    redirects: () => Promise<Redirect[]>;
    rewrites: () => Promise<{ beforeFiles: { source: string }[] }>;
  };
}

describe("the locale in the URL", () => {
  it("is English at the root and every other language under its prefix", () => {
    expect(splitLocale("/projects")).toEqual({ locale: "en", path: "/projects" });
    expect(splitLocale("/")).toEqual({ locale: "en", path: "/" });
    expect(splitLocale("/fr")).toEqual({ locale: "fr", path: "/" });
    expect(splitLocale("/zh/projects/some-slug")).toEqual({ locale: "zh", path: "/projects/some-slug" });
    expect(splitLocale("/french/projects")).toEqual({ locale: "en", path: "/french/projects" });
    expect(localizedPath("en", "/projects", "country=FR")).toBe("/projects?country=FR");
    expect(localizedPath("ko", "/", "")).toBe("/ko");
    expect(localizedPath("vi", "/partnerships", "status=ACTIVE")).toBe("/vi/partnerships?status=ACTIVE");
  });

  it("hides the cached copies in every language", () => {
    for (const path of ["/cached", "/cached/_/projects", "/en/cached/_", "/fr/cached/_/projects"])
      expect(isCachedCopyPath(path), path).toBe(true);
    for (const path of ["/projects", "/fr/projects", "/projects/cached"])
      expect(isCachedCopyPath(path), path).toBe(false);
  });

  it("sends /en/… to the address without the prefix, for good", async () => {
    const config = (await nextConfig()) as NextConfig;
    // Where next.config.mjs's redirects send a request, matched as Next matches them.
    const redirected = async (path: string) => {
      const response = await unstable_getResponseFromNextConfig({
        url: `http://localhost${path}`,
        nextConfig: config,
      });
      const to = getRedirectUrl(response);
      return to === null ? null : { to: new URL(to).pathname, status: response.status };
    };
    expect(await redirected("/en")).toEqual({ to: "/", status: 308 });
    expect(await redirected("/en/projects/some-slug")).toEqual({ to: "/projects/some-slug", status: 308 });
    expect(await redirected("/fr/projects")).toBeNull();
  });

  it("names the same languages in next.config.mjs, proxy.ts and i18n/routing.ts", async () => {
    const others = routing.locales.filter((locale) => locale !== routing.defaultLocale).join("|");
    const sources = (await (await nextConfig()).rewrites()).beforeFiles.map((rewrite) => rewrite.source);
    for (const source of sources.filter((item) => item.includes(":locale("))) {
      const named = /:locale\(([^)]*)\)/.exec(source)![1];
      expect([others, `${routing.defaultLocale}|${others}`], source).toContain(named);
    }
    const { config } = await import("@/proxy");
    for (const entry of config.matcher) {
      const source = typeof entry === "string" ? entry : entry.source;
      const named = /:locale\(([^)]*)\)/.exec(source)?.[1];
      if (named) expect([others, `${routing.defaultLocale}|${others}`], source).toContain(named);
    }
  });

  it("lists every page's languages in the sitemap", () => {
    const xml = sitemapXml("https://culture.example.org", [{ path: "/projects/a" }]);
    expect(xml).toContain("<loc>https://culture.example.org/projects/a</loc>");
    expect(xml).toContain('hreflang="fr" href="https://culture.example.org/fr/projects/a"');
    expect(xml).toContain('hreflang="x-default" href="https://culture.example.org/projects/a"');
    expect(xml.match(/<xhtml:link /g)).toHaveLength(routing.locales.length + 1);
  });
});
