// Country and city names in the reader's language, from well-kept sources rather than
// lists written here. English keeps the portal's own spellings (the ASEM partners list:
// "Vietnam"); other locales take the Unicode CLDR names every JavaScript runtime ships
// through Intl.DisplayNames, which also names the EU. The ASEAN Secretariat has no
// region code and keeps its name.

const regionNames = new Map<string, Intl.DisplayNames>();

function displayNames(locale: string): Intl.DisplayNames {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
    regionNames.set(locale, names);
  }
  return names;
}

export function countryName(country: { code: string; name: string }, locale: string): string {
  if (locale === "en" || !/^[A-Z]{2}$/.test(country.code)) return country.name;
  return displayNames(locale).of(country.code) ?? country.name;
}

// A filter's country options, named in the reader's language and in its alphabetical
// order; `rank` puts groups first (ASEM partners before the other hosts of ECoC cities).
export function countryOptions<Country extends { code: string; name: string }>(
  countries: Country[],
  locale: string,
  rank: (country: Country) => number = () => 0,
): { value: string; label: string }[] {
  const collator = new Intl.Collator(locale);
  return countries
    .map((country) => ({ country, label: countryName(country, locale) }))
    .sort((a, b) => rank(a.country) - rank(b.country) || collator.compare(a.label, b.label))
    .map(({ country, label }) => ({ value: country.code, label }));
}

// The main language of a country, as CLDR's likely subtags tell it (CN → zh, JP → ja).
export function languageOfCountry(countryCode: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(countryCode)) return undefined;
  return new Intl.Locale("und", { region: countryCode }).maximize().language;
}

// A city as the queries select it: its country by code, directly or through the relation.
export type PlaceCity = {
  name: string;
  nativeName?: string | null;
  countryCode?: string | null;
  country?: { code: string } | null;
};

// A city's own name (泉州市, 横浜市, 광주광역시, as the Culture City of East Asia list
// gives it) is shown to readers whose language is its country's; everyone else reads the
// English name. `other` is the name not chosen, and `lang` says the language of each.
export function localCityName(
  city: PlaceCity,
  locale: string,
): { name: string; lang: string; other?: { name: string; lang: string } } {
  const code = city.countryCode ?? city.country?.code;
  const native = code ? languageOfCountry(code) : undefined;
  if (!city.nativeName || !native) return { name: city.name, lang: "en" };
  return native === locale
    ? { name: city.nativeName, lang: native, other: { name: city.name, lang: "en" } }
    : { name: city.name, lang: "en", other: { name: city.nativeName, lang: native } };
}

export function cityName(city: PlaceCity, locale: string): string {
  return localCityName(city, locale).name;
}
