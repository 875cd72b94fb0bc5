import { describe, expect, it } from "vitest";
import { formatFor } from "@/lib/format";
import { translatorFor } from "@/lib/translator";

// The words the site's messages give for unknown dates, as getFormat() reads them.
const wordsIn = (locale: "en" | "fr") => {
  const t = translatorFor(locale, "site.dates");
  return {
    notConfirmed: t("notConfirmed"),
    noneConfirmed: t("noneConfirmed"),
    endNotConfirmed: (date: string) => t("endNotConfirmed", { date }),
    startNotConfirmed: (date: string) => t("startNotConfirmed", { date }),
  };
};

describe("format", () => {
  const english = formatFor("en", wordsIn("en"));

  it("formats calendar dates in UTC", () => {
    expect(english.date(new Date("2010-04-28"))).toBe("28 April 2010");
    expect(english.date(new Date("2010-04-28T23:30:00Z"))).toBe("28 April 2010");
    expect(english.date(null)).toBe("date not confirmed");
  });

  it("formats ranges, including unknown ends", () => {
    expect(english.dateRange(new Date("2010-04-28"), new Date("2010-04-29"))).toMatch(
      /^28\s–\s29 April 2010$/,
    );
    expect(english.dateRange(new Date("2010-04-28"), new Date("2010-04-28"))).toBe("28 April 2010");
    expect(english.dateRange(new Date("2012-09-10"), null)).toBe(
      "10 September 2012 (end date not confirmed)",
    );
    expect(english.dateRange(null, new Date("2012-09-12"))).toBe(
      "12 September 2012 (start date not confirmed)",
    );
    expect(english.dateRange(null, null)).toBe("dates not confirmed");
    expect(formatFor("fr", wordsIn("fr")).date(null)).not.toBe("date not confirmed");
  });

  it("writes moments in UTC, with the hour", () => {
    const moment = new Date("2026-12-02T16:05:00Z");
    expect(english.time(moment)).toBe("16:05");
    expect(english.dateTime(moment)).toBe("2 Dec 2026, 16:05");
    expect(formatFor("fr", wordsIn("fr")).dateTime(moment)).toMatch(/^2 déc\. 2026,? (à )?16:05$/);
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
