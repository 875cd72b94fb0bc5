import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DownloadLinks } from "@/components/open-data/download-links";
import { WorldMap } from "@/components/map/world-map";
import { PartnerTable } from "@/components/countries/partner-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Link } from "@/i18n/navigation";
import { label } from "@/lib/labels";
import { countryName } from "@/lib/places";
import { groupByRegion, listOtherCountries, listPartners } from "@/lib/queries/countries";
import { getPartnersMap } from "@/lib/queries/map";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("places.countries");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function CountriesPage() {
  const [t, tLabels, locale] = await Promise.all([
    getTranslations("places.countries"),
    getTranslations("labels"),
    getLocale(),
  ]);
  const [partners, others, map] = await Promise.all([listPartners(), listOtherCountries(), getPartnersMap()]);
  const regions = groupByRegion(partners);
  const byName = new Intl.Collator(locale);
  const localOthers = others
    .map((country) => ({ ...country, name: countryName(country, locale) }))
    .sort((a, b) => byName.compare(a.name, b.name));

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead", { count: partners.length })} />
      <DownloadLinks pathname="/countries" searchParams={{}} />
      <WorldMap input={map} title={t("mapTitle")} tables={["places", "links"]} />
      {(["ASIA", "EUROPE"] as const).map((region) => (
        <Section
          key={region}
          id={`region-${region}`}
          title={`${label(tLabels, "region", region)} (${regions[region].length})`}
          className="mb-10"
        >
          <PartnerTable
            caption={t("regionCaption", { region: label(tLabels, "region", region) })}
            partners={regions[region]}
          />
        </Section>
      ))}
      {localOthers.length ? (
        <Section id="other-countries" title={t("othersHeading")} headingGap="small">
          <p className="mb-3 text-gray-700">{t("othersLead")}</p>
          <ul className="list-disc space-y-1 pl-5">
            {localOthers.map((country) => (
              <li key={country.code}>
                <Link href={`/countries/${country.code}`}>{country.name}</Link> (
                {t("cityCount", { count: country._count.cities })})
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
