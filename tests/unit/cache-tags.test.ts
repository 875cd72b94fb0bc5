import { describe, expect, it } from "vitest";
import { entryTag, expiryOf, listTag, relatedTag } from "@/lib/cache-tags";
import { honestCacheControl } from "@/lib/http-cache";

describe("what a write expires", () => {
  it("expires an entry's own tags and its cached page, not its list", () => {
    expect(expiryOf("/projects/some-slug")).toEqual({
      tags: ["project:some-slug", "projects:related"],
      paths: ["/cached/_/projects/some-slug"],
      routes: [],
    });
    expect(entryTag("recommendations", "r1")).toBe("recommendation:r1");
  });

  it("expires a list with every cached page that lists that kind, and no other", () => {
    const { tags, routes } = expiryOf("/projects");
    expect(tags).toEqual([listTag("projects")]);
    expect(routes).toContain("/projects");
    expect(routes).toContain("/organizations/[slug]");
    expect(routes).not.toContain("/recommendations");
    expect(routes).not.toContain("/workshops/[slug]");
    expect(expiryOf("/recommendations").routes).toContain("/workshops/[slug]");
  });

  it("expires the overview by its path, and nothing for pages that are not cached", () => {
    expect(expiryOf("/")).toEqual({ tags: [], paths: ["/cached/_"], routes: [] });
    for (const path of ["/account", "/admin/moderation", "/admin/organizations/x", "/projects/x/edit"])
      expect(expiryOf(path), path).toEqual({ tags: [], paths: [], routes: [] });
  });

  it("names the facts an organisation's page shows elsewhere", () => {
    expect(expiryOf("/organizations/asef").tags).toContain(relatedTag("organizations"));
  });
});

describe("Cache-Control", () => {
  it("lets a shared cache keep a public page seconds, not Next's hour", () => {
    expect(honestCacheControl("s-maxage=3600, stale-while-revalidate=31532400")).toBe(
      "public, max-age=0, s-maxage=10",
    );
    const privatePage = "private, no-cache, no-store, max-age=0, must-revalidate";
    expect(honestCacheControl(privatePage)).toBe(privatePage);
  });
});
