import { describe, expect, it } from "vitest";
import { cityName, countryName, languageOfCountry, localCityName } from "@/lib/places";

const vietnam = { code: "VN", name: "Vietnam" };
const korea = { code: "KR", name: "Republic of Korea" };
const eu = { code: "EU", name: "European Union" };
const asean = { code: "ASEAN", name: "ASEAN Secretariat" };

// Cities as the Culture City of East Asia list gives them: an English name and their own.
const quanzhou = { name: "Quanzhou", nativeName: "泉州市", countryCode: "CN" };
const yokohama = { name: "Yokohama", nativeName: "横浜市", country: { code: "JP" } };
const gwangju = { name: "Gwangju", nativeName: "광주광역시", countryCode: "KR" };
const matera = { name: "Matera", nativeName: null, countryCode: "IT" };

describe("country names", () => {
  it("keeps the portal's own English spellings", () => {
    expect(countryName(vietnam, "en")).toBe("Vietnam");
    expect(countryName(korea, "en")).toBe("Republic of Korea");
  });

  it("takes every other language's names from Intl.DisplayNames, the EU included", () => {
    expect(countryName(vietnam, "fr")).toBe("Viêt Nam");
    expect(countryName(vietnam, "de")).toBe("Vietnam");
    expect(countryName(vietnam, "zh")).toBe("越南");
    expect(countryName(vietnam, "ja")).toBe("ベトナム");
    expect(countryName(vietnam, "ko")).toBe("베트남");
    expect(countryName(korea, "vi")).toBe("Hàn Quốc");
    expect(countryName(eu, "fr")).toBe("Union européenne");
    expect(countryName(eu, "zh")).toBe("欧盟");
  });

  it("keeps the name of a partner without a region code", () => {
    expect(countryName(asean, "ko")).toBe("ASEAN Secretariat");
  });
});

describe("city names", () => {
  it("knows a country's main language from CLDR", () => {
    expect(languageOfCountry("CN")).toBe("zh");
    expect(languageOfCountry("JP")).toBe("ja");
    expect(languageOfCountry("KR")).toBe("ko");
    expect(languageOfCountry("ASEAN")).toBeUndefined();
  });

  it("shows a CCEA city's own name to readers of its language, with its lang", () => {
    expect(localCityName(quanzhou, "zh")).toEqual({
      name: "泉州市",
      lang: "zh",
      other: { name: "Quanzhou", lang: "en" },
    });
    expect(localCityName(yokohama, "ja")).toEqual({
      name: "横浜市",
      lang: "ja",
      other: { name: "Yokohama", lang: "en" },
    });
    expect(cityName(gwangju, "ko")).toBe("광주광역시");
  });

  it("shows everyone else the English name, the city's own as the other", () => {
    expect(localCityName(quanzhou, "ja")).toEqual({
      name: "Quanzhou",
      lang: "en",
      other: { name: "泉州市", lang: "zh" },
    });
    expect(cityName(yokohama, "ko")).toBe("Yokohama");
    expect(cityName(gwangju, "zh")).toBe("Gwangju");
    expect(cityName(gwangju, "en")).toBe("Gwangju");
    expect(localCityName(matera, "zh")).toEqual({ name: "Matera", lang: "en" });
  });
});
