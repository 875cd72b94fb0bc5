import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { regionLabels } from "@/lib/labels";
import { groupByRegion, listPartners } from "@/lib/queries/countries";

export const metadata: Metadata = {
  title: "ASEM partners",
  description: "The 53 ASEM partners in Asia and Europe: when each joined and how many projects involve it.",
};

export default async function CountriesPage() {
  const partners = await listPartners();
  const regions = groupByRegion(partners);

  return (
    <>
      <PageHeader
        title="ASEM partners"
        lead={`${partners.length} partners: states in Asia and Europe, the European Union and the ASEAN Secretariat. Australia, New Zealand and Russia belong to ASEM's Asian group.`}
      />
      {(["ASIA", "EUROPE"] as const).map((region) => (
        <section key={region} aria-labelledby={`region-${region}`} className="mb-10">
          <h2 id={`region-${region}`} className="mb-3 text-xl font-semibold">
            {regionLabels[region]} ({regions[region].length})
          </h2>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-gray-300">
                <tr>
                  <th scope="col" className="py-2 pr-4">
                    Partner
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Code
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Joined
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    In ASEM in 2010
                  </th>
                  <th scope="col" className="py-2">
                    Projects
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-200">
                {regions[region].map((partner) => (
                  <tr key={partner.code}>
                    <th scope="row" className="py-2 pr-4 font-normal">
                      <Link href={`/countries/${partner.code}`}>{partner.name}</Link>
                      {partner.kind === "ORGANISATION" ? (
                        <span className="text-gray-700"> (organisation)</span>
                      ) : null}
                    </th>
                    <td className="py-2 pr-4">{partner.code}</td>
                    <td className="py-2 pr-4">{partner.joinedYear ?? "—"}</td>
                    <td className="py-2 pr-4">{partner.inAsem2010List ? "Yes" : "No"}</td>
                    <td className="py-2">{partner.projectCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
