import { useTranslations } from "next-intl";
import { single, type SearchParams } from "@/lib/search-params";

// A list asked for with a filter value it does not know says so, rather than silently
// showing the list without it.
export function InvalidFilters({ searchParams, invalid }: { searchParams: SearchParams; invalid: string[] }) {
  const t = useTranslations("ui.filters");
  if (invalid.length === 0) return null;
  const given = invalid.map((name) => `${name}=${single(searchParams[name])}`).join(", ");
  return (
    <p role="alert" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
      {t("invalid", { given })}
    </p>
  );
}
