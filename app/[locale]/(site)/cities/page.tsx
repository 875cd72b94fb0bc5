import { getTranslations } from "next-intl/server";
import { DesignationSources } from "@/components/cities/designation-sources";
import { DesignationTable } from "@/components/cities/designation-table";
import { DocumentedLinksSection } from "@/components/documented-links/documented-link-list";
import { yearOptions } from "@/components/lists/list-filters";
import { ListPage } from "@/components/lists/list-page";
import { Link } from "@/i18n/navigation";
import { listMetadata } from "@/lib/lists/metadata";
import { readCityList } from "@/lib/lists/read";
import { cityList } from "@/lib/lists/registry";
import { listDesignations, listDesignationYears } from "@/lib/queries/cities";
import { listDocumentedLinks } from "@/lib/queries/documented-links";
import { listReferenceSources } from "@/lib/queries/reference-sources";
import type { SearchParams } from "@/lib/search-params";

export const generateMetadata = () => listMetadata("cities");

export default async function CitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const [t, { filters, invalid }] = await Promise.all([
    getTranslations("lists.cities"),
    readCityList(params),
  ]);
  const city = filters.city;
  const [years, designations, documentedLinks, datasets] = await Promise.all([
    listDesignationYears(),
    listDesignations(filters),
    city ? listDocumentedLinks({ city }) : [],
    listReferenceSources(),
  ]);
  const cityName = city
    ? (designations[0]?.city.name ??
      documentedLinks[0]?.cities.find((end) => end.city.slug === city)?.city.name)
    : undefined;
  const { pathname } = cityList;

  return (
    <ListPage
      list="cities"
      pathname={pathname}
      searchParams={params}
      filters={[
        { kind: "select", name: "programme", options: "programme" },
        { kind: "select", name: "year", options: yearOptions(years) },
        { kind: "hidden", name: "city", value: city },
      ]}
      invalid={invalid}
      found={{ total: designations.length }}
      notice={
        cityName ? (
          <p className="mb-2">
            {t.rich("cityTitles", {
              city: cityName,
              all: (chunks) => <Link href={pathname}>{chunks}</Link>,
            })}
          </p>
        ) : null
      }
      items={designations.length ? <DesignationTable designations={designations} /> : null}
      after={
        <>
          <DocumentedLinksSection
            links={documentedLinks}
            title={t("cityDocumentedLinks", { city: cityName ?? "" })}
          />
          <DesignationSources
            datasets={datasets.filter((dataset) => ["ecoc.json", "ccea.json"].includes(dataset.file))}
          />
        </>
      }
    />
  );
}
