import { useLocale, useTranslations } from "next-intl";
import { SampleBadge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { label } from "@/lib/labels";
import { cityName, countryName, localCityName, type PlaceCity } from "@/lib/places";
import type { DesignationRow } from "@/lib/queries/cities";

type Other = { year: number; city: PlaceCity };

// The status as the source words it ("held", "designated; programme cancelled"), in the
// reader's language where the portal knows the wording.
export function useDesignationStatus() {
  const t = useTranslations("places.status");
  return (status: string) => {
    const key = status.toLowerCase().replace(/[^a-z]+/g, "_");
    return t.has(key) ? t(key) : status;
  };
}

// One row per title, newest year first; the city is the row's header, in the reader's
// language where its native name is theirs, with the other name beside it.
export function DesignationTable({ designations }: { designations: DesignationRow[] }) {
  const t = useTranslations("places.designations");
  const tLabels = useTranslations("labels");
  const locale = useLocale();
  const statusOf = useDesignationStatus();
  const partnershipsOf = (designation: DesignationRow) => {
    const named = (other: Other) => t("with", { city: cityName(other.city, locale), year: other.year });
    return [
      ...designation.ecocPartnerships.map(({ cceaDesignation: other, ...partnership }) => ({
        ...partnership,
        label: named(other),
      })),
      ...designation.cceaPartnerships.map(({ ecocDesignation: other, ...partnership }) => ({
        ...partnership,
        label: named(other),
      })),
    ];
  };
  const headings = ["year", "city", "country", "programme", "status", "partnerships"] as const;
  return (
    <div className="relative overflow-x-auto">
      <table className="data-table w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-gray-300">
          <tr>
            {headings.map((heading) => (
              <th key={heading} scope="col">
                {t(heading)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200 align-top">
          {designations.map((designation) => {
            const partnerships = partnershipsOf(designation);
            const name = localCityName(designation.city, locale);
            return (
              <tr key={designation.id}>
                <td>{designation.year}</td>
                <th scope="row" className="font-medium">
                  <span lang={name.lang}>{name.name}</span>
                  {name.other ? (
                    <span lang={name.other.lang} className="font-normal">
                      {" "}
                      ({name.other.name})
                    </span>
                  ) : null}
                </th>
                <td>
                  <Link href={`/countries/${designation.city.country.code}`}>
                    {countryName(designation.city.country, locale)}
                  </Link>
                </td>
                <td>
                  <abbr title={label(tLabels, "programme", designation.programme)} className="no-underline">
                    {label(tLabels, "programmeShort", designation.programme)}
                  </abbr>
                </td>
                <td>
                  {statusOf(designation.status)}
                  {designation.note ? (
                    <p lang="en" className="mt-1 text-xs text-gray-700">
                      {designation.note}
                    </p>
                  ) : null}
                </td>
                <td>
                  {partnerships.length ? (
                    <ul className="space-y-1">
                      {partnerships.map((partnership) => (
                        <li key={partnership.id}>
                          <Link href={`/partnerships/${partnership.id}`}>{partnership.label}</Link>{" "}
                          <span className="text-gray-700">
                            ({label(tLabels, "partnershipStatus", partnership.status)})
                          </span>{" "}
                          {partnership.isSample ? <SampleBadge /> : null}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-gray-700">{t("noneYet")}</span>
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
