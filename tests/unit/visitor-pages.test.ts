import { describe, expect, it } from "vitest";
import { canonicalQuery, isPublicPage, visitorPath, visitorSearchParams } from "@/lib/visitor-pages";

const query = (search: string) => new URLSearchParams(search);

// What the route receives: Next hands the segment over as it is in the path, still encoded.
const segmentOf = (path: string) => path.split("/")[2];

describe("visitor pages", () => {
  it("serves public pages from the cache and leaves forms, accounts and the admin area alone", () => {
    for (const path of ["/", "/projects", "/projects/some-slug", "/countries/FR", "/about", "/workshops/x"])
      expect(isPublicPage(path), path).toBe(true);
    for (const path of [
      "/projects/new",
      "/projects/some-slug/edit",
      "/projects/export.csv",
      "/projects/feed.xml",
      "/login",
      "/account",
      "/admin",
      "/admin/partnerships",
      "/api/v1/projects",
      "/workshops/x/recommendations/new",
    ])
      expect(isPublicPage(path), path).toBe(false);
  });

  it("keys a list by its query, whatever the order of the parameters or the empty ones", () => {
    expect(canonicalQuery(query("kind=&discipline=HERITAGE&country=FR"))).toBe(
      "country=FR&discipline=HERITAGE",
    );
    expect(visitorPath("/projects", query("discipline=HERITAGE&country=FR&q="))).toBe(
      visitorPath("/projects", query("country=FR&discipline=HERITAGE")),
    );
    expect(visitorPath("/projects", query(""))).toBe("/visitor/_/projects");
    expect(visitorPath("/", query(""))).toBe("/visitor/_");
  });

  it("drops the query of a page that does not read one", () => {
    expect(visitorPath("/projects/some-slug", query("utm_source=mail"))).toBe(
      "/visitor/_/projects/some-slug",
    );
    expect(visitorPath("/about", query("x=1"))).toBe("/visitor/_/about");
  });

  it("renders a very long query on request instead of caching it", () => {
    expect(visitorPath("/projects", query(`q=${"heritage ".repeat(40)}`))).toBeNull();
    expect(visitorPath("/login", query(""))).toBeNull();
  });

  it("gives the page back the parameters it was asked for, with their characters", async () => {
    const path = visitorPath("/projects", query("q=caf%C3%A9+a%26b+100%25&page=2&country=FR&country=DE"))!;
    const params = await visitorSearchParams(Promise.resolve({ query: segmentOf(path) }));
    expect(params).toEqual({ q: "café a&b 100%", page: "2", country: ["FR", "DE"] });
    expect(await visitorSearchParams(Promise.resolve({ query: "_" }))).toEqual({});
  });
});
