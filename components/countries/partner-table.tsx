import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/places";
import type { PartnerRow } from "@/lib/queries/countries";

// One region's ASEM partners with when they joined and how many projects involve them,
// by name in the reader's language.
export function PartnerTable({ caption, partners }: { caption: string; partners: PartnerRow[] }) {
  const t = useTranslations("places.partners");
  const locale = useLocale();
  const byName = new Intl.Collator(locale);
  const rows = partners
    .map((partner) => ({ ...partner, name: countryName(partner, locale) }))
    .sort((a, b) => byName.compare(a.name, b.name));
  return (
    <div className="relative overflow-x-auto">
      <table className="data-table w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-gray-300">
          <tr>
            <th scope="col">{t("partner")}</th>
            <th scope="col">{t("code")}</th>
            <th scope="col">{t("kind")}</th>
            <th scope="col">{t("joined")}</th>
            <th scope="col">{t("in2010List")}</th>
            <th scope="col" className="text-right">
              {t("projects")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200">
          {rows.map((partner) => (
            <tr key={partner.code}>
              <th scope="row" className="font-normal">
                <Link href={`/countries/${partner.code}`}>{partner.name}</Link>
              </th>
              <td>{partner.code}</td>
              <td>{partner.kind === "STATE" ? t("state") : t("organisation")}</td>
              <td>{partner.joinedYear ?? t("notRecorded")}</td>
              <td>{partner.inAsem2010List ? t("yes") : t("joinedLater")}</td>
              <td className="text-right">
                {partner.projectCount > 0 ? (
                  <Link href={`/projects?country=${partner.code}`}>
                    {partner.projectCount}
                    <span className="sr-only">
                      {" "}
                      {t("projectsInvolving", { count: partner.projectCount, country: partner.name })}
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
