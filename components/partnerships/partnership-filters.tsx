import { getTranslations } from "next-intl/server";
import { ListFilters, yearOptions, type FilterField } from "@/components/lists/list-filters";
import { cooperationAreaLabels, optionsOf, partnershipStatusLabels } from "@/lib/labels";
import type { SearchParams } from "@/lib/search-params";

type Option = { value: string; label: string };

// The pairings' filters, on the public list and on the admin list alike.
export async function partnershipFilterFields(countryOptions: Option[], years: number[]) {
  const t = await getTranslations("lists.partnerships");
  return [
    { kind: "select", name: "status", label: t("status"), options: optionsOf(partnershipStatusLabels) },
    { kind: "select", name: "country", label: t("country"), options: countryOptions },
    { kind: "select", name: "area", label: t("area"), options: optionsOf(cooperationAreaLabels) },
    { kind: "select", name: "year", label: t("year"), options: yearOptions(years) },
  ] satisfies FilterField[];
}

export async function PartnershipFilterForm({
  pathname,
  searchParams,
  countryOptions,
  years,
}: {
  pathname: string;
  searchParams: SearchParams;
  countryOptions: Option[];
  years: number[];
}) {
  const fields = await partnershipFilterFields(countryOptions, years);
  return <ListFilters pathname={pathname} searchParams={searchParams} fields={fields} />;
}
