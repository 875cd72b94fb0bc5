import "server-only";
import { db } from "@/lib/db";

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
  const countries = new Set(countryNames.map(plain));
  const bracket = name.match(/^(.*\S)\s*\(([^()]*)\)\s*$/);
  // "(Viet Nam)", or a country last in the bracket: "(sample record, Poland)".
  const bracketCountry = bracket?.[2].split(",").at(-1) ?? "";
  const withoutCountry = bracket && countries.has(plain(bracketCountry)) ? bracket[1] : name;
  return plain(withoutCountry);
}

// The listed organisation a request for a new one duplicates: same name (as above)
// in the same country, or one that names no country. Rejected and merged ones are
// not offered, since no one can join them.
export async function findSameOrganisation(name: string, countryCode: string) {
  const [countries, candidates] = await Promise.all([
    db.country.findMany({ select: { code: true, name: true } }),
    db.organisation.findMany({
      where: {
        mergedIntoId: null,
        verificationStatus: { not: "REJECTED" },
        OR: [{ countryCode }, { countryCode: null }],
      },
      select: { id: true, slug: true, name: true },
    }),
  ]);
  const countryNames = countries.flatMap((country) => [country.name, country.code]);
  const key = organisationNameKey(name, countryNames);
  return candidates.find((candidate) => organisationNameKey(candidate.name, countryNames) === key) ?? null;
}
