import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/places";

type Organiser = {
  id: string;
  country: { code: string; name: string } | null;
  organisation: { slug: string; name: string } | null;
};

// "Vietnam, Hungary and ASEF", with the language's own separators (Intl.ListFormat's English
// puts a comma before "and", which British English does not).
export function OrganiserNames({ organisers }: { organisers: Organiser[] }) {
  const t = useTranslations("ui.list");
  const locale = useLocale();
  return organisers.map((organiser, index) => (
    <span key={organiser.id}>
      {index > 0 ? (index === organisers.length - 1 ? t("last") : t("separator")) : ""}
      {organiser.country ? (
        <Link href={`/countries/${organiser.country.code}`}>{countryName(organiser.country, locale)}</Link>
      ) : organiser.organisation ? (
        <Link href={`/organizations/${organiser.organisation.slug}`}>{organiser.organisation.name}</Link>
      ) : null}
    </span>
  ));
}
