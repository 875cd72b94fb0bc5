import { FilterForm, SelectFilter } from "@/components/ui/filter-form";
import { cooperationAreaLabels, optionsOf, partnershipStatusLabels } from "@/lib/labels";
import type { SearchParams } from "@/lib/search-params";

type Option = { value: string; label: string };

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
    <FilterForm action={pathname} clearHref={pathname}>
      <SelectFilter
        name="status"
        label="Status"
        options={optionsOf(partnershipStatusLabels)}
        searchParams={searchParams}
      />
      <SelectFilter name="country" label="Country" options={countryOptions} searchParams={searchParams} />
      <SelectFilter
        name="area"
        label="Cooperation area"
        options={optionsOf(cooperationAreaLabels)}
        searchParams={searchParams}
      />
      <SelectFilter
        name="year"
        label="Title year"
        options={years.map((year) => ({ value: String(year), label: String(year) }))}
        searchParams={searchParams}
      />
    </FilterForm>
  );
}
