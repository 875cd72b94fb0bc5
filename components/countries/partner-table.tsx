import Link from "next/link";
import { isSingular } from "@/lib/format";
import type { PartnerRow } from "@/lib/queries/countries";

const kindLabels = { STATE: "State", ORGANISATION: "Organisation" } as const;

// One region's ASEM partners with when they joined and how many projects involve them.
export function PartnerTable({ caption, partners }: { caption: string; partners: PartnerRow[] }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="data-table w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-gray-300">
          <tr>
            <th scope="col">Partner</th>
            <th scope="col">Code</th>
            <th scope="col">Kind</th>
            <th scope="col">Joined</th>
            <th scope="col">In ASEM&apos;s 2010 list</th>
            <th scope="col" className="text-right">
              Projects
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200">
          {partners.map((partner) => (
            <tr key={partner.code}>
              <th scope="row" className="font-normal">
                <Link href={`/countries/${partner.code}`}>{partner.name}</Link>
              </th>
              <td>{partner.code}</td>
              <td>{kindLabels[partner.kind]}</td>
              <td>{partner.joinedYear ?? "Not recorded"}</td>
              <td>{partner.inAsem2010List ? "Yes" : "No (joined later)"}</td>
              <td className="text-right">
                {partner.projectCount > 0 ? (
                  <Link href={`/projects?country=${partner.code}`}>
                    {partner.projectCount}
                    <span className="sr-only">
                      {" "}
                      {isSingular(partner.projectCount) ? "project" : "projects"} involving {partner.name}
                    </span>
                  </Link>
                ) : (
                  0
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
