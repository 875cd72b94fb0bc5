import Link from "next/link";
import type { PartnerRow } from "@/lib/queries/countries";

const kindLabels = { STATE: "State", ORGANISATION: "Organisation" } as const;

// One region's ASEM partners with when they joined and how many projects involve them.
export function PartnerTable({ caption, partners }: { caption: string; partners: PartnerRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-gray-300">
          <tr>
            <th scope="col" className="py-2 pr-4">
              Partner
            </th>
            <th scope="col" className="py-2 pr-4">
              Code
            </th>
            <th scope="col" className="py-2 pr-4">
              Kind
            </th>
            <th scope="col" className="py-2 pr-4">
              Joined
            </th>
            <th scope="col" className="py-2 pr-4">
              In ASEM&apos;s 2010 list
            </th>
            <th scope="col" className="py-2 text-right">
              Projects
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200">
          {partners.map((partner) => (
            <tr key={partner.code}>
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link href={`/countries/${partner.code}`}>{partner.name}</Link>
              </th>
              <td className="py-2 pr-4">{partner.code}</td>
              <td className="py-2 pr-4">{kindLabels[partner.kind]}</td>
              <td className="py-2 pr-4">{partner.joinedYear ?? "Not recorded"}</td>
              <td className="py-2 pr-4">{partner.inAsem2010List ? "Yes" : "No (joined later)"}</td>
              <td className="py-2 text-right">
                {partner.projectCount > 0 ? (
                  <Link href={`/projects?country=${partner.code}`}>
                    {partner.projectCount}
                    <span className="sr-only">
                      {" "}
                      {partner.projectCount === 1 ? "project" : "projects"} involving {partner.name}
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
