import { describe, expect, it } from "vitest";
import { prefixTsQuery, searchWords, stemCandidates } from "@/lib/queries/text-search";

describe("searchWords", () => {
  it("keeps lowercase words of letters and digits of any script", () => {
    expect(searchWords("Herit  Film")).toEqual(["herit", "film"]);
    expect(searchWords("東アジア Pécs ASEM8")).toEqual(["東アジア", "pécs", "asem8"]);
  });

  it("drops tsquery syntax and other punctuation", () => {
    expect(searchWords("a&b | !c:* 'd' (e) <-> f")).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(searchWords("Culture360.org")).toEqual(["culture360", "org"]);
  });

  it("keeps at most eight words", () => {
    expect(searchWords("one two three four five six seven eight nine ten")).toEqual([
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
    ]);
  });

  it("returns no words for empty input", () => {
    expect(searchWords(undefined)).toEqual([]);
    expect(searchWords("")).toEqual([]);
    expect(searchWords("  !! :* ")).toEqual([]);
  });
});

describe("prefixTsQuery", () => {
  it("matches every word by prefix", () => {
    expect(prefixTsQuery("Herit  Film")).toBe("herit:* & film:*");
    expect(prefixTsQuery("heritage")).toBe("heritage:*");
  });

  it("drops tsquery syntax and keeps letters of any script", () => {
    expect(prefixTsQuery("a&b | !c:* 'd'")).toBe("a:* & b:* & c:* & d:*");
    expect(prefixTsQuery("東アジア Pécs")).toBe("東アジア:* & pécs:*");
  });

  it("uses at most eight words", () => {
    expect(prefixTsQuery("a b c d e f g h i j")?.split(" & ")).toHaveLength(8);
  });

  it("returns nothing for empty input", () => {
    expect(prefixTsQuery("  !! ")).toBeUndefined();
    expect(prefixTsQuery("")).toBeUndefined();
    expect(prefixTsQuery(undefined)).toBeUndefined();
  });
});

describe("stemCandidates", () => {
  it("shortens a word by up to three letters", () => {
    expect(stemCandidates("festiva")).toEqual(["festiv", "festi", "fest"]);
    expect(stemCandidates("heritage")).toEqual(["heritag", "herita", "herit"]);
  });

  it("never goes under four letters", () => {
    expect(stemCandidates("danci")).toEqual(["danc"]);
    expect(stemCandidates("dance")).toEqual(["danc"]);
    expect(stemCandidates("film")).toEqual([]);
    expect(stemCandidates("the")).toEqual([]);
  });
});
