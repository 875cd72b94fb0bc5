import { describe, expect, it } from "vitest";
import { canonicalQuery, visitorListPath, visitorSearchParams } from "@/lib/visitor-pages";

const query = (search: string) => new URLSearchParams(search);

// What the route receives: Next hands the segment over as it is in the path, still encoded.
const segmentOf = (path: string) => path.split("/")[2];

describe("visitor pages", () => {
  it("takes the list pages, and leaves the others to next.config.mjs's rewrites", () => {
    for (const path of ["/projects", "/partnerships", "/recommendations", "/organizations", "/cities"])
      expect(visitorListPath(path, query("")), path).toBe(`/visitor/_${path}`);
    for (const path of [
      "/",
      "/projects/some-slug",
      "/projects/new",
      "/projects/export.csv",
      "/login",
      "/admin",
    ])
      expect(visitorListPath(path, query("")), path).toBeNull();
  });

  it("keys a list by its query, whatever the order of the parameters or the empty ones", () => {
    expect(canonicalQuery(query("kind=&discipline=HERITAGE&country=FR"))).toBe(
      "country=FR&discipline=HERITAGE",
    );
    expect(visitorListPath("/projects", query("discipline=HERITAGE&country=FR&q="))).toBe(
      visitorListPath("/projects", query("country=FR&discipline=HERITAGE")),
    );
    expect(visitorListPath("/projects", query("q=&country="))).toBe("/visitor/_/projects");
  });

  it("renders a very long query on request instead of caching it", () => {
    expect(visitorListPath("/projects", query(`q=${"heritage ".repeat(40)}`))).toBeNull();
  });

  it("gives the page back the parameters it was asked for, with their characters", async () => {
    const path = visitorListPath(
      "/projects",
      query("q=caf%C3%A9+a%26b+100%25&page=2&country=FR&country=DE"),
    )!;
    const params = await visitorSearchParams(Promise.resolve({ query: segmentOf(path) }));
    expect(params).toEqual({ q: "café a&b 100%", page: "2", country: ["FR", "DE"] });
    expect(await visitorSearchParams(Promise.resolve({ query: "_" }))).toEqual({});
  });
});
