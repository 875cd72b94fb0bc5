import { useTranslations } from "next-intl";
import { FilterForm, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { labelOptions, type LabelKind } from "@/lib/labels";
import type { SearchParams } from "@/lib/search-params";

type Option = { value: string; label: string };

// The public lists, by the namespace of their messages (lists.<list>).
export type ListNamespace = "cities" | "organisations" | "partnerships" | "projects" | "recommendations";

// A list's filter form, described rather than written out: a search box, selects and
// the hidden parameters a link narrowed the list by (one city, one organisation). Each
// control is labelled by the list's message of its name (lists.<list>.<name>); a select's
// options are given, or are the labels of one kind (labels.<kind>).
export type FilterField =
  | { kind: "search" }
  | { kind: "select"; name: string; options: Option[] | LabelKind; anyLabel?: string }
  | { kind: "hidden"; name: string; value: string | undefined };

export const yearOptions = (years: number[]): Option[] =>
  years.map((year) => ({ value: String(year), label: String(year) }));

export function ListFilters({
  list,
  pathname,
  searchParams,
  fields,
}: {
  list: ListNamespace;
  pathname: string;
  searchParams: SearchParams;
  fields: FilterField[];
}) {
  const t = useTranslations(`lists.${list}`);
  const tLabels = useTranslations("labels");
  return (
    <FilterForm action={pathname} clearHref={pathname}>
      {fields.map((field) =>
        field.kind === "search" ? (
          <SearchFilter
            key="q"
            label={t("search")}
            placeholder={t("searchPlaceholder")}
            searchParams={searchParams}
          />
        ) : field.kind === "select" ? (
          <SelectFilter
            key={field.name}
            name={field.name}
            label={t(field.name)}
            options={typeof field.options === "string" ? labelOptions(tLabels, field.options) : field.options}
            anyLabel={field.anyLabel}
            searchParams={searchParams}
          />
        ) : field.value ? (
          <input key={field.name} type="hidden" name={field.name} value={field.value} />
        ) : null,
      )}
    </FilterForm>
  );
}
