import { ListFilters, yearOptions, type FilterField } from "@/components/lists/list-filters";
import type { SearchParams } from "@/lib/search-params";

type Option = { value: string; label: string };

// The pairings' filters, on the public list and on the admin list alike.
export function partnershipFilterFields(countryOptions: Option[], years: number[]) {
  return [
    { kind: "select", name: "status", options: "partnershipStatus" },
    { kind: "select", name: "country", options: countryOptions },
    { kind: "select", name: "area", options: "cooperationArea" },
    { kind: "select", name: "year", options: yearOptions(years) },
  ] satisfies FilterField[];
}

export function PartnershipFilterForm({
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
  return (
    <ListFilters
      list="partnerships"
      pathname={pathname}
      searchParams={searchParams}
      fields={partnershipFilterFields(countryOptions, years)}
    />
  );
}
