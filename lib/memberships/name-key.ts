// Two names are the same organisation's when they differ only in case, accents,
// punctuation and spacing, or by a trailing country in brackets:
// "Hanoi Puppet Circle (Viet Nam)" is "hanoi puppet circle".
export function organisationNameKey(name: string, countryNames: readonly string[] = []): string {
  const plain = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  // "Viet Nam" is "Vietnam": countries are compared without their spaces.
  const squeezed = (text: string) => plain(text).replace(/ /g, "");
  const countries = new Set(countryNames.map(squeezed));
  const bracket = name.match(/^(.*\S)\s*\(([^()]*)\)\s*$/);
  // "(Viet Nam)", or a country last in the bracket: "(sample record, Poland)".
  const bracketCountry = bracket?.[2].split(",").at(-1) ?? "";
  const withoutCountry = bracket && countries.has(squeezed(bracketCountry)) ? bracket[1] : name;
  return plain(withoutCountry);
}
