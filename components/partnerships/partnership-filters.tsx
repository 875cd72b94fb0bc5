import { useTranslations } from "next-intl";
import { FilterForm, SelectFilter } from "@/components/ui/filter-form";
import { labelOptions } from "@/lib/labels";
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
  const tLabels = useTranslations("labels");
  return (
    <FilterForm action={pathname} clearHref={pathname}>
      <SelectFilter
        name="status"
        label="Status"
        options={labelOptions(tLabels, "partnershipStatus")}
        searchParams={searchParams}
      />
      <SelectFilter name="country" label="Country" options={countryOptions} searchParams={searchParams} />
      <SelectFilter
        name="area"
        label="Cooperation area"
        options={labelOptions(tLabels, "cooperationArea")}
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
