import Link from "next/link";
import { SampleBadge } from "@/components/ui/badge";
import { partnershipStatusLabels, programmeLabels, programmeShortLabels } from "@/lib/labels";
import type { DesignationRow } from "@/lib/queries/cities";

// Native names are given for East Asian cities only.
const nativeLanguage: Record<string, string> = { CN: "zh", JP: "ja", KR: "ko" };

function partnershipsOf(designation: DesignationRow) {
  return [
    ...designation.ecocPartnerships.map(({ cceaDesignation: other, ...partnership }) => ({
      ...partnership,
      label: `with ${other.city.name} ${other.year}`,
    })),
    ...designation.cceaPartnerships.map(({ ecocDesignation: other, ...partnership }) => ({
      ...partnership,
      label: `with ${other.city.name} ${other.year}`,
    })),
  ];
}

// One row per title, newest year first; the city is the row's header.
export function DesignationTable({ designations }: { designations: DesignationRow[] }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="data-table w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">
          European Capitals of Culture and Culture Cities of East Asia, newest first
        </caption>
        <thead className="border-b border-gray-300">
          <tr>
            {["Year", "City", "Country", "Programme", "Status", "Partnerships"].map((heading) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200 align-top">
          {designations.map((designation) => {
            const partnerships = partnershipsOf(designation);
            const lang = nativeLanguage[designation.city.country.code];
            return (
              <tr key={designation.id}>
                <td>{designation.year}</td>
                <th scope="row" className="font-medium">
                  {designation.city.name}
                  {designation.city.nativeName ? (
                    <span lang={lang} className="font-normal">
                      {" "}
                      ({designation.city.nativeName})
                    </span>
                  ) : null}
                </th>
                <td>
                  <Link href={`/countries/${designation.city.country.code}`}>
                    {designation.city.country.name}
                  </Link>
                </td>
                <td>
                  <abbr title={programmeLabels[designation.programme]} className="no-underline">
                    {programmeShortLabels[designation.programme]}
                  </abbr>
                </td>
                <td>
                  {designation.status}
                  {designation.note ? <p className="mt-1 text-xs text-gray-700">{designation.note}</p> : null}
                </td>
                <td>
                  {partnerships.length ? (
                    <ul className="space-y-1">
                      {partnerships.map((partnership) => (
                        <li key={partnership.id}>
                          <Link href={`/partnerships/${partnership.id}`}>{partnership.label}</Link>{" "}
                          <span className="text-gray-700">
                            ({partnershipStatusLabels[partnership.status]})
                          </span>{" "}
                          {partnership.isSample ? <SampleBadge /> : null}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-gray-700">None yet</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
