import { useTranslations } from "next-intl";
import Link from "next/link";
import { Facts } from "@/components/ui/facts";
import { label } from "@/lib/labels";
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
  return (
    <section className="rounded-lg border border-gray-200 p-4">
      <h2 className="mb-3 text-lg font-semibold">
        {title}: {designation.city.name} {designation.year}
      </h2>
      <Facts
        items={[
          ["City", designation.city.name],
          [
            "Country",
            <Link key="country" href={`/countries/${designation.city.country.code}`}>
              {designation.city.country.name}
            </Link>,
          ],
          ["Programme", label(tLabels, "programme", designation.programme)],
          ["Year", designation.year],
          ["Designation status", designation.status],
          ["Note", designation.note],
        ]}
      />
    </section>
  );
}
