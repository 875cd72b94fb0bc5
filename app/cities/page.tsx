import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Programme } from "@/lib/generated/prisma/enums";
import { optionsOf, programmeLabels } from "@/lib/labels";
import { listDesignations, listDesignationYears } from "@/lib/queries/cities";
import { first, oneOf, yearParam, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = {
  title: "Cities",
  description:
    "Every European Capital of Culture since 1985 and every Culture City of East Asia since 2014, by year, with their partnerships.",
};

export default async function CitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const [years, designations] = await Promise.all([
    listDesignationYears(),
    listDesignations({
      programme: oneOf(params.programme, Object.values(Programme)),
      year: yearParam(params.year),
      city: first(params.city),
    }),
  ]);

  return (
    <>
      <PageHeader
        title="Culture capitals and culture cities"
        lead="European Capitals of Culture (from 1985) and Culture Cities of East Asia (from 2014), newest first."
      />
      <FilterForm action="/cities" clearHref="/cities">
        <SelectFilter
          name="programme"
          label="Programme"
          options={optionsOf(programmeLabels)}
          searchParams={params}
        />
        <SelectFilter
          name="year"
          label="Year"
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          searchParams={params}
        />
      </FilterForm>
      {designations.length ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Designations by year</caption>
            <thead className="border-b border-gray-300">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  Year
                </th>
                <th scope="col" className="py-2 pr-4">
                  City
                </th>
                <th scope="col" className="py-2 pr-4">
                  Country
                </th>
                <th scope="col" className="py-2 pr-4">
                  Programme
                </th>
                <th scope="col" className="py-2 pr-4">
                  Status
                </th>
                <th scope="col" className="py-2">
                  Partnerships
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-200 align-top">
              {designations.map((d) => {
                const partnerships = [
                  ...d.ecocPartnerships.map((p) => ({
                    id: p.id,
                    other: `${p.cceaDesignation.city.name} ${p.cceaDesignation.year}`,
                  })),
                  ...d.cceaPartnerships.map((p) => ({
                    id: p.id,
                    other: `${p.ecocDesignation.city.name} ${p.ecocDesignation.year}`,
                  })),
                ];
                return (
                  <tr key={d.id}>
                    <td className="py-2 pr-4">{d.year}</td>
                    <th scope="row" className="py-2 pr-4 font-normal">
                      {d.city.name}
                      {d.city.nativeName ? (
                        <span
                          lang={
                            d.city.country.code === "KR" ? "ko" : d.city.country.code === "JP" ? "ja" : "zh"
                          }
                        >
                          {" "}
                          ({d.city.nativeName})
                        </span>
                      ) : null}
                      {d.note ? <p className="mt-1 text-xs text-gray-700">{d.note}</p> : null}
                    </th>
                    <td className="py-2 pr-4">
                      <Link href={`/countries/${d.city.country.code}`}>{d.city.country.name}</Link>
                    </td>
                    <td className="py-2 pr-4">{d.programme === "ECOC" ? "ECoC" : "CCEA"}</td>
                    <td className="py-2 pr-4">{d.status}</td>
                    <td className="py-2">
                      {partnerships.map((p, index) => (
                        <span key={p.id}>
                          {index > 0 ? ", " : ""}
                          <Link href={`/partnerships/${p.id}`}>with {p.other}</Link>
                        </span>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState title="No designations match these filters." />
      )}
    </>
  );
}
