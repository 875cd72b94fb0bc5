import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { requireAdmin } from "@/lib/dal";
import {
  SUGGESTION_YEAR_RANGE,
  listDesignationOptions,
  listPairingSuggestions,
} from "@/lib/queries/admin/partnerships";
import { single, type SearchParams } from "@/lib/search-params";
import { DocumentedPairings } from "../_components/documented-pairings";
import { PairForm } from "../_components/pair-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.partnerships.suggestions");
  return { title: t("title") };
}

const PATH = "/admin/partnerships/suggestions";

// Written into the pairing as its rationale: content, kept in English like the rest of the data.
function defaultRationale(ecoc: string, ccea: string, yearsApart: number) {
  const when = yearsApart ? `${yearsApart} ${yearsApart === 1 ? "year" : "years"} apart` : "in the same year";
  return `Suggested by the portal: ${ecoc} and ${ccea} hold their titles ${when}. The portal's team will describe what the two cities can do together.`;
}

export default async function SuggestionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdmin(PATH);
  const designationId = single((await searchParams).designation);
  const [designations, found, t] = await Promise.all([
    listDesignationOptions(),
    designationId ? listPairingSuggestions(designationId) : null,
    getTranslations("admin.partnerships.suggestions"),
  ]);

  return (
    <div className="max-w-3xl">
      <PageHeader title={t("title")} lead={t("lead", { years: SUGGESTION_YEAR_RANGE })} />
      <DocumentedPairings />
      <form
        action={PATH}
        method="get"
        className="mb-6 flex flex-wrap items-end gap-4 rounded-lg bg-gray-50 p-4"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="designation" className="font-medium text-gray-900">
            {t("designation")}
          </label>
          <select
            id="designation"
            name="designation"
            defaultValue={found?.designation.id ?? ""}
            className="rounded border border-gray-400 bg-white px-2 py-1.5"
          >
            <option value="">{t("choose")}</option>
            {(["ecoc", "ccea"] as const).map((programme) => (
              <optgroup key={programme} label={t(programme)}>
                {designations[programme].map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="bg-brand-700 hover:bg-brand-800 rounded px-4 py-2 font-medium text-white"
        >
          {t("show")}
        </button>
      </form>
      {designationId && !found ? (
        <EmptyState title={t("noSuchTitle")} />
      ) : found ? (
        <section aria-labelledby="suggestions-heading">
          <h2 id="suggestions-heading" className="mb-3 text-xl font-semibold">
            {t("for", { title: found.designation.label })}
          </h2>
          {found.suggestions.length ? (
            <ul className="divide-y divide-gray-200">
              {found.suggestions.map((suggestion) => {
                const isEcoc = found.designation.programme === "ECOC";
                const [ecoc, ccea] = isEcoc
                  ? [found.designation.label, suggestion.label]
                  : [suggestion.label, found.designation.label];
                return (
                  <li key={suggestion.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                    <p>
                      <span className="font-medium">{suggestion.label}</span>
                      <span className="text-gray-700">
                        {" "}
                        · {t("yearsApart", { count: suggestion.yearsApart })}
                      </span>
                    </p>
                    <PairForm
                      ecocDesignationId={suggestion.ecocDesignationId}
                      cceaDesignationId={suggestion.cceaDesignationId}
                      rationale={defaultRationale(ecoc, ccea, suggestion.yearsApart)}
                      label={suggestion.label}
                    />
                  </li>
                );
              })}
            </ul>
          ) : (
            <EmptyState title={t("none")} />
          )}
        </section>
      ) : null}
      <p className="mt-6">
        <Link href="/admin/partnerships">{t("back")}</Link>
      </p>
    </div>
  );
}
