import { getLocale } from "next-intl/server";
import { ListPage } from "@/components/lists/list-page";
import { OrganisationList } from "@/components/organisations/organisation-list";
import { listMetadata } from "@/lib/lists/metadata";
import { readOrganisationList } from "@/lib/lists/read";
import { organisationList } from "@/lib/lists/registry";
import { listCountryOptions } from "@/lib/queries/countries";
import { listOrganisations } from "@/lib/queries/organisations";
import type { SearchParams } from "@/lib/search-params";

export const generateMetadata = () => listMetadata("organisations");

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const [{ filters, invalid }, countryOptions] = await Promise.all([
    readOrganisationList(params),
    getLocale().then(listCountryOptions),
  ]);
  const { items, total, page, pageCount } = await listOrganisations(filters);

  return (
    <ListPage
      list="organisations"
      pathname={organisationList.pathname}
      searchParams={params}
      filters={[
        { kind: "search" },
        { kind: "select", name: "kind", options: "organisationKind" },
        { kind: "select", name: "country", options: countryOptions },
        { kind: "select", name: "verification", options: "verification" },
      ]}
      invalid={invalid}
      found={{ total, page, pageCount }}
      items={items.length ? <OrganisationList items={items} /> : null}
    />
  );
}
