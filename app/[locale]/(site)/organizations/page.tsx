import { getTranslations } from "next-intl/server";
import { ListPage } from "@/components/lists/list-page";
import { OrganisationList } from "@/components/organisations/organisation-list";
import { labelOptions } from "@/lib/labels";
import { listMetadata } from "@/lib/lists/metadata";
import { readOrganisationList } from "@/lib/lists/read";
import { organisationList } from "@/lib/lists/registry";
import { listCountryOptions } from "@/lib/queries/countries";
import { listOrganisations } from "@/lib/queries/organisations";
import type { SearchParams } from "@/lib/search-params";

export const generateMetadata = () => listMetadata("organisations");

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const tLabels = await getTranslations("labels");
  const params = await searchParams;
  const [t, { filters, invalid }, countryOptions] = await Promise.all([
    getTranslations("lists.organisations"),
    readOrganisationList(params),
    listCountryOptions(),
  ]);
  const { items, total, page, pageCount } = await listOrganisations(filters);

  return (
    <ListPage
      pathname={organisationList.pathname}
      searchParams={params}
      title={t("title")}
      lead={t("lead")}
      filters={[
        { kind: "search", label: t("search"), placeholder: t("searchPlaceholder") },
        {
          kind: "select",
          name: "kind",
          label: t("kind"),
          options: labelOptions(tLabels, "organisationKind"),
        },
        { kind: "select", name: "country", label: t("country"), options: countryOptions },
        {
          kind: "select",
          name: "verification",
          label: t("verification"),
          options: labelOptions(tLabels, "verification"),
        },
      ]}
      invalid={invalid}
      count={t("count", { count: total })}
      items={items.length ? <OrganisationList items={items} /> : null}
      paging={{ page, pageCount, total }}
      empty={{ title: t("empty"), hint: t("emptyHint") }}
    />
  );
}
