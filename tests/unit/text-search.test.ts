import { describe, expect, it } from "vitest";
import { prefixTsQuery } from "@/lib/queries/text-search";

describe("prefixTsQuery", () => {
  it("matches every word by prefix", () => {
    expect(prefixTsQuery("Herit  Film")).toBe("herit:* & film:*");
  });

  it("drops tsquery syntax and keeps letters of any script", () => {
    expect(prefixTsQuery("a&b | !c:* 'd'")).toBe("a:* & b:* & c:* & d:*");
    expect(prefixTsQuery("東アジア Pécs")).toBe("東アジア:* & pécs:*");
  });

  it("returns nothing for empty input", () => {
    expect(prefixTsQuery("  !! ")).toBeUndefined();
    expect(prefixTsQuery(undefined)).toBeUndefined();
  });
});
