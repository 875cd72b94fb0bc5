import "server-only";
import { db } from "@/lib/db";
import { listDesignations, type DesignationFilters } from "./cities";
import { publishedProjectCounts } from "./countries";

// /cities and /countries whole, for their downloads: short lists, read in one batch.
export async function* designationBatches(filters: DesignationFilters) {
  yield await listDesignations(filters);
}

// Partners first, then the other hosts of culture capitals, as /countries lists them.
async function listCountryExports() {
  const [countries, counts] = await Promise.all([
    db.country.findMany({
      orderBy: [{ asemPartner: "desc" }, { name: "asc" }],
      select: {
        code: true,
        isoCode: true,
        name: true,
        kind: true,
        region: true,
        asemPartner: true,
        joinedYear: true,
        joinedAt: true,
        inAsem2010List: true,
      },
    }),
    publishedProjectCounts(),
  ]);
  return countries.map((country) => ({ ...country, projectCount: counts.get(country.code) ?? 0 }));
}

export type CountryExportItem = Awaited<ReturnType<typeof listCountryExports>>[number];

export async function* countryBatches() {
  yield await listCountryExports();
}
