import { describe, expect, it } from "vitest";
import { compactPath } from "@/lib/map/compact-path";

// The absolute points a relative path walks through, to compare with the original.
function points(d: string) {
  const found: [number, number][] = [];
  let [x, y, sx, sy] = [0, 0, 0, 0];
  for (const [, command, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    if (command.toLowerCase() === "z") {
      [x, y] = [sx, sy];
      found.push([x, y]);
      continue;
    }
    const numbers = args
      .split(/[\s,]+|(?=-)/)
      .filter(Boolean)
      .map(Number);
    for (let i = 0; i < numbers.length; i += 2) {
      const relative = command === command.toLowerCase();
      [x, y] = relative ? [x + numbers[i], y + numbers[i + 1]] : [numbers[i], numbers[i + 1]];
      if (i === 0 && command.toLowerCase() === "m") [sx, sy] = [x, y];
      found.push([x, y]);
    }
  }
  return found;
}

describe("compactPath", () => {
  it("walks the same points with relative steps", () => {
    const d = "M412,87L415,90L417,-91L400,80ZM10,10L12,8L9,12Z";
    const compact = compactPath(d);
    expect(points(compact)).toEqual(points(d));
    expect(compact.length).toBeLessThan(d.length);
    expect(compact).toBe("M412,87l3,3,2-181-17,171zm-402-77,2-2-3,4z");
  });

  it("starts absolute, so that paths joined into one walk the points of the originals joined", () => {
    const shapes = ["M412,87L415,90L417,91Z", "M10,10L12,8L9,12Z", "M500,300L505,310Z"];
    const joined = shapes.map(compactPath).join("");
    expect(points(joined)).toEqual(points(shapes.join("")));
  });

  it("leaves an empty path empty", () => {
    expect(compactPath("")).toBe("");
  });
});
