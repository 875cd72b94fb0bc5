import { describe, expect, it } from "vitest";
import { formatDate, formatDateRange, formatFor, plural } from "@/lib/format";

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

describe("format by language", () => {
  const words = {
    notConfirmed: "?",
    noneConfirmed: "??",
    endNotConfirmed: (date: string) => `${date} → ?`,
    startNotConfirmed: (date: string) => `? → ${date}`,
  };

  it("writes dates, numbers and lists as each language does", () => {
    const day = new Date("2010-04-28");
    expect(formatFor("fr", words).date(day)).toBe("28 avril 2010");
    expect(formatFor("de", words).date(day)).toBe("28. April 2010");
    expect(formatFor("zh", words).date(day)).toBe("2010年4月28日");
    expect(formatFor("ko", words).date(day)).toBe("2010년 4월 28일");
    expect(formatFor("fr", words).number(1200)).toMatch(/^1\s200$/);
    expect(formatFor("de", words).number(1200)).toBe("1.200");
    expect(formatFor("en", words).list(["Matera", "Xi'an", "Paphos"])).toBe("Matera, Xi'an and Paphos");
    expect(formatFor("fr", words).list(["Matera", "Xi'an"])).toBe("Matera et Xi'an");
    expect(formatFor("ja", words).dateRange(null, day)).toBe("? → 2010年4月28日");
    expect(formatFor("vi", words).dateRange(null, null)).toBe("??");
  });
});
