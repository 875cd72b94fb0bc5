import type { Metadata } from "next";
import Link from "next/link";
import { DownloadLinks } from "@/components/open-data/download-links";
import { WorldMap } from "@/components/map/world-map";
import { PartnerTable } from "@/components/countries/partner-table";
import { PageHeader } from "@/components/ui/page-header";
import { plural } from "@/lib/format";
import { regionLabels } from "@/lib/labels";
import { groupByRegion, listOtherCountries, listPartners } from "@/lib/queries/countries";
import { getPartnersMap } from "@/lib/queries/map";

export const metadata: Metadata = {
  title: "ASEM partners",
  description: "The 53 ASEM partners in Asia and Europe: when each joined and how many projects involve it.",
};

export default async function CountriesPage() {
  const [partners, others, map] = await Promise.all([listPartners(), listOtherCountries(), getPartnersMap()]);
  const regions = groupByRegion(partners);

  return (
    <>
      <PageHeader
        title="ASEM partners"
        lead={`${partners.length} partners: states in Asia and Europe, the European Union and the ASEAN Secretariat. Australia, New Zealand and Russia belong to ASEM's Asian group.`}
      />
      <DownloadLinks pathname="/countries" searchParams={{}} />
      <WorldMap
        input={map}
        title="Map of the partners, their cities and pairings"
        tables={["places", "links"]}
      />
      {(["ASIA", "EUROPE"] as const).map((region) => (
        <section key={region} aria-labelledby={`region-${region}`} className="mb-10">
          <h2 id={`region-${region}`} className="mb-3 text-xl font-semibold">
            {regionLabels[region]} ({regions[region].length})
          </h2>
          <PartnerTable
            caption={`ASEM partners in the ${regionLabels[region]} group`}
            partners={regions[region]}
          />
        </section>
      ))}
      {others.length ? (
        <section aria-labelledby="other-countries">
          <h2 id="other-countries" className="mb-2 text-xl font-semibold">
            Other countries with European Capitals of Culture
          </h2>
          <p className="mb-3 text-gray-700">
            Not ASEM partners, but they have held or will hold the European Capital of Culture title.
          </p>
          <ul className="list-disc space-y-1 pl-5">
            {others.map((country) => (
              <li key={country.code}>
                <Link href={`/countries/${country.code}`}>{country.name}</Link> (
                {plural(country._count.cities, "city", "cities")})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
