import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { single, type SearchParams } from "@/lib/search-params";
import { SelectControl } from "./select-control";

// Filters are a plain GET form: they work without JavaScript, live in the URL
// and the back button restores them. autoComplete="off" stops the browser from
// refilling the controls with what was chosen on the next page, after going back.
export function FilterForm({
  action,
  children,
  clearHref,
}: {
  action: string;
  children: ReactNode;
  clearHref: string;
}) {
  const t = useTranslations("ui.filters");
  return (
    <form
      action={action}
      method="get"
      autoComplete="off"
      role="search"
      aria-label={t("formLabel")}
      className="mb-6 rounded-lg bg-gray-50 p-4"
    >
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">{children}</div>
      <div className="mt-4 flex items-center gap-4">
        <button
          type="submit"
          className="bg-brand-700 hover:bg-brand-800 rounded px-4 py-2 font-medium text-white"
        >
          {t("apply")}
        </button>
        <Link href={clearHref}>{t("clear")}</Link>
      </div>
    </form>
  );
}

type Option = { value: string; label: string };

// A filter's label above its control, tied to it by the id both take from the parameter's name.
function FilterControl({
  name,
  label,
  wide = false,
  children,
}: {
  name: string;
  label: string;
  // A search box spans two columns of the form.
  wide?: boolean;
  children: (id: string) => ReactNode;
}) {
  const id = `filter-${name}`;
  return (
    <div className={wide ? "flex flex-col gap-1 sm:col-span-2" : "flex flex-col gap-1"}>
      <label htmlFor={id} className="text-sm font-medium text-gray-800">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

export function SelectFilter(props: {
  name: string;
  label: string;
  options: Option[];
  searchParams: SearchParams;
  anyLabel?: string;
}) {
  const t = useTranslations("ui.filters");
  return (
    <FilterControl name={props.name} label={props.label}>
      {(id) => (
        <SelectControl
          id={id}
          name={props.name}
          defaultValue={single(props.searchParams[props.name]) ?? ""}
          anyLabel={props.anyLabel ?? t("any")}
          options={props.options.map((option) => [option.value, option.label])}
        />
      )}
    </FilterControl>
  );
}

export function SearchFilter(props: {
  name?: string;
  label: string;
  searchParams: SearchParams;
  placeholder?: string;
}) {
  const name = props.name ?? "q";
  return (
    <FilterControl name={name} label={props.label} wide>
      {(id) => (
        <input
          id={id}
          type="search"
          name={name}
          maxLength={200}
          defaultValue={single(props.searchParams[name]) ?? ""}
          placeholder={props.placeholder}
          className="w-full min-w-0 rounded border border-gray-400 bg-white px-2 py-1.5"
        />
      )}
    </FilterControl>
  );
}
