import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CanonicalLink } from "@/components/layout/canonical-link";
import { DownloadLinks } from "@/components/open-data/download-links";
import { DesignationSources } from "@/components/cities/designation-sources";
import { DesignationTable } from "@/components/cities/designation-table";
import { DocumentedLinksSection } from "@/components/documented-links/documented-link-list";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, SelectFilter } from "@/components/ui/filter-form";
import { InvalidFilters } from "@/components/ui/invalid-filters";
import { PageHeader } from "@/components/ui/page-header";
import { ResultCount } from "@/components/ui/result-count";
import { Link } from "@/i18n/navigation";
import { labelOptions } from "@/lib/labels";
import { designationFiltersFrom } from "@/lib/list-filters";
import { cityName } from "@/lib/places";
import { listDesignations, listDesignationYears } from "@/lib/queries/cities";
import { listDocumentedLinks } from "@/lib/queries/documented-links";
import { listReferenceSources } from "@/lib/reference-sources";
import type { SearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("places.cities");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function CitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [t, tLabels, locale] = await Promise.all([
    getTranslations("places.cities"),
    getTranslations("labels"),
    getLocale(),
  ]);
  const params = await searchParams;
  const { filters, invalid } = designationFiltersFrom(params);
  const city = filters.city;
  const [years, designations, documentedLinks, datasets] = await Promise.all([
    listDesignationYears(),
    listDesignations(filters),
    city ? listDocumentedLinks({ city }) : [],
    listReferenceSources(),
  ]);
  const shownCity = city
    ? (designations[0]?.city ?? documentedLinks[0]?.cities.find((end) => end.city.slug === city)?.city)
    : undefined;
  const shownCityName = shownCity ? cityName(shownCity, locale) : undefined;

  return (
    <>
      <CanonicalLink pathname="/cities" searchParams={params} />
      <PageHeader title={t("title")} lead={t("lead")} />
      <FilterForm action="/cities" clearHref="/cities">
        <SelectFilter
          name="programme"
          label={t("programme")}
          options={labelOptions(tLabels, "programme")}
          searchParams={params}
        />
        <SelectFilter
          name="year"
          label={t("year")}
          options={years.map((year) => ({ value: String(year), label: String(year) }))}
          searchParams={params}
        />
        {city ? <input type="hidden" name="city" value={city} /> : null}
      </FilterForm>
      <InvalidFilters searchParams={params} invalid={invalid} />
      {shownCityName ? (
        <p className="mb-2">
          {t("titlesOf", { city: shownCityName })} <Link href="/cities">{t("showEveryCity")}</Link>
        </p>
      ) : null}
      <ResultCount total={designations.length} noun="designation" />
      <DownloadLinks pathname="/cities" searchParams={params} />
      {designations.length ? (
        <DesignationTable designations={designations} />
      ) : (
        <EmptyState title={t("noMatch")}>
          {t.rich("tryAnother", { clear: (chunks) => <Link href="/cities">{chunks}</Link> })}
        </EmptyState>
      )}
      <DocumentedLinksSection
        links={documentedLinks}
        title={t("documentedLinksOf", { city: shownCityName ?? "" })}
      />
      <DesignationSources
        datasets={datasets.filter((dataset) => ["ecoc.json", "ccea.json"].includes(dataset.file))}
      />
    </>
  );
}
