import { FilterForm, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import type { SearchParams } from "@/lib/search-params";

type Option = { value: string; label: string };

// A list's filter form, described rather than written out: a search box, selects and
// the hidden parameters a link narrowed the list by (one city, one organisation).
export type FilterField =
  | { kind: "search"; label: string; placeholder: string }
  | { kind: "select"; name: string; label: string; options: Option[]; anyLabel?: string }
  | { kind: "hidden"; name: string; value: string | undefined };

export const yearOptions = (years: number[]): Option[] =>
  years.map((year) => ({ value: String(year), label: String(year) }));

export function ListFilters({
  pathname,
  searchParams,
  fields,
}: {
  pathname: string;
  searchParams: SearchParams;
  fields: FilterField[];
}) {
  return (
    <FilterForm action={pathname} clearHref={pathname}>
      {fields.map((field) =>
        field.kind === "search" ? (
          <SearchFilter
            key="q"
            label={field.label}
            placeholder={field.placeholder}
            searchParams={searchParams}
          />
        ) : field.kind === "select" ? (
          <SelectFilter key={field.name} {...field} searchParams={searchParams} />
        ) : field.value ? (
          <input key={field.name} type="hidden" name={field.name} value={field.value} />
        ) : null,
      )}
    </FilterForm>
  );
}
