import { describe, expect, it } from "vitest";
import { cachedPagePath, cachedSearchParams, canonicalQuery } from "@/lib/cached-pages";

const query = (search: string) => new URLSearchParams(search);

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

  it("renders on request what shows a member their own forms, and what is not a page", () => {
    for (const path of [
      "/projects/some-slug",
      "/recommendations/some-id",
      "/projects/new",
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
