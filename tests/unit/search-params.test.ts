import { describe, expect, it } from "vitest";
import {
  MAX_PAGE,
  hrefWith,
  oneOf,
  pageCount,
  pageNumber,
  single,
  textQuery,
  yearParam,
} from "@/lib/search-params";

describe("search params", () => {
  it("reads one non-empty value: the last of a parameter given twice, as the rewrites to a copy do", () => {
    expect(single(["a", "b"])).toBe("b");
    expect(single(" a ")).toBe("a");
    expect(single("  ")).toBeUndefined();
    expect(single(undefined)).toBeUndefined();
  });

  it("accepts only known values", () => {
    expect(oneOf("ACTIVE", ["ACTIVE", "PROPOSED"] as const)).toBe("ACTIVE");
    expect(oneOf("DROP TABLE", ["ACTIVE"] as const)).toBeUndefined();
  });

  it("parses page numbers leniently and caps them", () => {
    expect(pageNumber("3")).toBe(3);
    expect(pageNumber("0")).toBe(1);
    expect(pageNumber("abc")).toBe(1);
    expect(pageNumber(String(MAX_PAGE))).toBe(MAX_PAGE);
    expect(pageNumber(String(MAX_PAGE + 1))).toBe(1);
    expect(pageNumber(["2", "5"])).toBe(5);
    expect(yearParam("2019")).toBe(2019);
    expect(yearParam("19")).toBeUndefined();
  });

  it("limits search text", () => {
    expect(textQuery("x".repeat(500))).toHaveLength(200);
  });

  it("builds the same list's URL with changed parameters", () => {
    const params = { q: "film", page: "3", country: "VN" };
    expect(hrefWith("/projects", params, { page: 4 })).toBe("/projects?q=film&country=VN&page=4");
    expect(hrefWith("/projects", params, { page: undefined })).toBe("/projects?q=film&country=VN");
    expect(hrefWith("/projects", params, { country: "FR", page: undefined })).toBe(
      "/projects?q=film&country=FR",
    );
    expect(hrefWith("/projects", params, { q: "" })).toBe("/projects?page=3&country=VN");
    expect(hrefWith("/projects", {}, {})).toBe("/projects");
  });

  it("counts pages", () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(41, 20)).toBe(3);
  });
});
