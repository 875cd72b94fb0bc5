import { describe, expect, it } from "vitest";
import { formatDate, formatDateRange, plural } from "@/lib/format";

describe("format", () => {
  it("formats calendar dates in UTC", () => {
    expect(formatDate(new Date("2010-04-28"))).toBe("28 April 2010");
    expect(formatDate(new Date("2010-04-28T23:30:00Z"))).toBe("28 April 2010");
    expect(formatDate(null)).toBe("date not confirmed");
  });

  it("formats ranges, including unknown ends", () => {
    expect(formatDateRange(new Date("2010-04-28"), new Date("2010-04-29"))).toMatch(/^28\s–\s29 April 2010$/);
    expect(formatDateRange(new Date("2010-04-28"), new Date("2010-04-28"))).toBe("28 April 2010");
    expect(formatDateRange(new Date("2012-09-10"), null)).toBe("10 September 2012 (end date not confirmed)");
    expect(formatDateRange(null, new Date("2012-09-12"))).toBe(
      "12 September 2012 (start date not confirmed)",
    );
    expect(formatDateRange(null, null)).toBe("dates not confirmed");
  });

  it("pluralises", () => {
    expect(plural(1, "project")).toBe("1 project");
    expect(plural(1200, "project")).toBe("1,200 projects");
  });
});
