import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { entryPageMetadata, readEntryPage } from "@/components/entries/entry-page";
import { WorldMap } from "@/components/map/world-map";
import { CountryActivity } from "@/components/countries/country-activity";
import { DocumentedLinksSection } from "@/components/documented-links/documented-link-list";
import { Facts } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { label } from "@/lib/labels";
import { countryName } from "@/lib/places";
import { getCountry, type CountryDetail } from "@/lib/queries/countries";
import { listDocumentedLinks } from "@/lib/queries/documented-links";
import { getCountryMap } from "@/lib/queries/map";

type Props = { params: Promise<{ code: string }> };

async function summary(country: CountryDetail, name: string) {
  const [t, tLabels] = await Promise.all([getTranslations("places.country"), getTranslations("labels")]);
  if (!country.asemPartner) return t("notPartner", { country: name });
  const region = country.region ? label(tLabels, "region", country.region) : null;
  const year = country.joinedYear;
  if (region) return year ? t("partnerInGroupSince", { region, year }) : t("partnerInGroup", { region });
  return year ? t("partnerSince", { year }) : t("partner");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return entryPageMetadata(getCountry((await params).code), "places.country", async (country, t) => {
    const name = countryName(country, await getLocale());
    return {
      title: name,
      description: t("metaDescription", { summary: await summary(country, name) }),
      path: `/countries/${country.code}`,
      type: "website",
    };
  });
}

export default async function CountryPage({ params }: Props) {
  const [{ entry: country, t }, locale, tLabels] = await Promise.all([
    readEntryPage(getCountry((await params).code), "places.country"),
    getLocale(),
    getTranslations("labels"),
  ]);
  const name = countryName(country, locale);
  // The EU and the ASEAN Secretariat have no shape of their own.
  const [map, documentedLinks] = await Promise.all([
    country.kind === "STATE" ? getCountryMap(country.code) : null,
    listDocumentedLinks({ country: country.code }),
  ]);

  return (
    <article>
      <PageHeader title={name} lead={await summary(country, name)} />
      {country.asemPartner ? (
        <Facts
          items={[
            [t("kind"), country.kind === "ORGANISATION" ? t("organisation") : t("state")],
            [t("code"), country.code],
            [
              t("alsoWritten"),
              [country.name, ...country.alternativeNames].filter((other) => other !== name).join(", ") ||
                null,
            ],
            [t("group"), country.region ? label(tLabels, "region", country.region) : null],
            [t("joined"), country.joinedYear],
            [t("joinedAt"), country.joinedAt],
            [t("in2010List"), country.inAsem2010List ? t("yes") : t("joinedLater")],
            [t("note"), country.note ? <span lang="en">{country.note}</span> : null],
          ]}
        />
      ) : null}
      {map ? (
        <WorldMap
          input={map}
          title={t("onTheMap", { country: name })}
          tables={["areas", "places", "links"]}
        />
      ) : null}
      <CountryActivity country={country} />
      <DocumentedLinksSection links={documentedLinks} title={t("documentedLinks", { country: name })} />
      <p className="mt-8">
        <Link href="/countries">{t("allPartners")}</Link>
      </p>
    </article>
  );
}
