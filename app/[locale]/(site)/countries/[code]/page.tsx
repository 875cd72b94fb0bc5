import type { Metadata } from "next";
import { entryMetadata } from "@/lib/page-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WorldMap } from "@/components/map/world-map";
import { CountryActivity } from "@/components/countries/country-activity";
import { DocumentedLinksSection } from "@/components/documented-links/documented-link-list";
import { Facts } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { regionLabels } from "@/lib/labels";
import { getCountry, type CountryDetail } from "@/lib/queries/countries";
import { listDocumentedLinks } from "@/lib/queries/documented-links";
import { getCountryMap } from "@/lib/queries/map";

type Props = { params: Promise<{ code: string }> };

function summary(country: CountryDetail) {
  if (!country.asemPartner)
    return `${country.name} is not an ASEM partner; it hosts European Capitals of Culture.`;
  const group = country.region ? ` in the ${regionLabels[country.region]} group` : "";
  return `ASEM partner${group}${country.joinedYear ? ` since ${country.joinedYear}` : ""}.`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const country = await getCountry((await params).code);
  if (!country) return { title: "Country not found" };
  return entryMetadata({
    title: country.name,
    description: `${summary(country)} Its culture cities, ASEM meetings, organisations and cooperation projects.`,
    path: `/countries/${country.code}`,
    type: "website",
  });
}

export default async function CountryPage({ params }: Props) {
  const country = await getCountry((await params).code);
  if (!country) notFound();
  // The EU and the ASEAN Secretariat have no shape of their own.
  const [map, documentedLinks] = await Promise.all([
    country.kind === "STATE" ? getCountryMap(country.code) : null,
    listDocumentedLinks({ country: country.code }),
  ]);

  return (
    <article>
      <PageHeader title={country.name} lead={summary(country)} />
      {country.asemPartner ? (
        <Facts
          items={[
            ["Kind", country.kind === "ORGANISATION" ? "Organisation" : "State"],
            ["Code", country.code],
            ["Also written", country.alternativeNames.join(", ") || null],
            ["ASEM group", country.region ? regionLabels[country.region] : null],
            ["Joined", country.joinedYear],
            ["Joined at", country.joinedAt],
            ["In ASEM's 2010 list", country.inAsem2010List ? "Yes" : "No, it joined later"],
            ["Note", country.note],
          ]}
        />
      ) : null}
      {map ? (
        <WorldMap input={map} title={`${country.name} on the map`} tables={["areas", "places", "links"]} />
      ) : null}
      <CountryActivity country={country} />
      <DocumentedLinksSection
        links={documentedLinks}
        title={`Documented links of cities in ${country.name}`}
      />
      <p className="mt-8">
        <Link href="/countries">All ASEM partners</Link>
      </p>
    </article>
  );
}
