import { describe, expect, it } from "vitest";
import { inOrderOf } from "@/lib/queries/in-order";

describe("inOrderOf", () => {
  it("puts rows read by id back in the order of the ids, leaving out those gone in between", () => {
    const rows = [{ id: "c" }, { id: "a", name: "first" }, { id: "b" }];
    expect(inOrderOf(["a", "missing", "b", "c"], rows)).toEqual([
      { id: "a", name: "first" },
      { id: "b" },
      { id: "c" },
    ]);
    expect(inOrderOf([], rows)).toEqual([]);
  });
});
