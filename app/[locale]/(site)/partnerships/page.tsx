import { getLocale, getTranslations } from "next-intl/server";
import { DocumentedLinksSection } from "@/components/documented-links/documented-link-list";
import { ListPage } from "@/components/lists/list-page";
import { WorldMap } from "@/components/map/world-map";
import { partnershipFilterFields } from "@/components/partnerships/partnership-filters";
import { PartnershipList } from "@/components/partnerships/partnership-list";
import { listMetadata } from "@/lib/lists/metadata";
import { readPartnershipList } from "@/lib/lists/read";
import { partnershipList } from "@/lib/lists/registry";
import { listDesignationCountryOptions, listDesignationYears } from "@/lib/queries/cities";
import { listDocumentedLinks } from "@/lib/queries/documented-links";
import { getPairingsMap } from "@/lib/queries/map";
import { listPartnerships } from "@/lib/queries/partnerships";
import type { SearchParams } from "@/lib/search-params";

export const generateMetadata = () => listMetadata("partnerships");

export default async function PartnershipsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const [t, { filters, invalid }, countryOptions, years] = await Promise.all([
    getTranslations("lists.partnerships"),
    readPartnershipList(params),
    getLocale().then(listDesignationCountryOptions),
    listDesignationYears(),
  ]);
  const [{ items, total, page, pageCount }, map, documentedLinks] = await Promise.all([
    listPartnerships(filters),
    getPairingsMap(filters),
    listDocumentedLinks({ country: filters.country }),
  ]);

  return (
    <ListPage
      list="partnerships"
      pathname={partnershipList.pathname}
      searchParams={params}
      filters={partnershipFilterFields(countryOptions, years)}
      invalid={invalid}
      found={{ total, page, pageCount }}
      beforeItems={<WorldMap input={map} title={t("mapTitle")} tables={["links"]} />}
      items={items.length ? <PartnershipList items={items} /> : null}
      after={
        <DocumentedLinksSection
          links={documentedLinks}
          title={filters.country ? t("countryDocumentedLinks") : t("documentedLinks")}
        />
      }
    />
  );
}
