import { useLocale, useTranslations } from "next-intl";
import { Facts } from "@/components/ui/facts";
import { Link } from "@/i18n/navigation";
import { label } from "@/lib/labels";
import { countryName } from "@/lib/places";
import type { PartnershipListItem } from "@/lib/queries/partnerships";

// One side of a partnership: the city's title, as the reference data records it.
export function DesignationFacts({
  title,
  designation,
}: {
  title: string;
  designation: PartnershipListItem["ecocDesignation"];
}) {
  const tLabels = useTranslations("labels");
  const t = useTranslations("partnerships.designation");
  const locale = useLocale();
  return (
    <section className="rounded-lg border border-gray-200 p-4">
      <h2 className="mb-3 text-lg font-semibold">
        {t("heading", { programme: title, city: designation.city.name, year: String(designation.year) })}
      </h2>
      <Facts
        items={[
          [t("city"), designation.city.name],
          [
            t("country"),
            <Link key="country" href={`/countries/${designation.city.country.code}`}>
              {countryName(designation.city.country, locale)}
            </Link>,
          ],
          [t("programme"), label(tLabels, "programme", designation.programme)],
          [t("year"), designation.year],
          [t("status"), designation.status],
          [t("note"), designation.note],
        ]}
      />
    </section>
  );
}
