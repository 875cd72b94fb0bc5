import "server-only";
import { db } from "@/lib/db";
import { organisationNameKey } from "./name-key";

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
