import Link from "next/link";
import { LinkList } from "@/components/ui/link-list";
import { allOf, formatDateRange } from "@/lib/format";
import { meetingTitle, programmeShortLabels } from "@/lib/labels";
import type { CountryDetail } from "@/lib/queries/countries";

// Everything a country takes part in, as sections of its page.
export function CountryActivity({ country }: { country: CountryDetail }) {
  return (
    <>
      <LinkList
        title="European Capitals of Culture and Culture Cities of East Asia"
        empty="None of its cities has held either title."
        items={country.cities.map((city) => ({
          key: city.slug,
          href: `/cities?city=${city.slug}`,
          label: `${city.name}: ${city.designations.map((d) => `${programmeShortLabels[d.programme]} ${d.year} (${d.status})`).join(", ")}`,
        }))}
      />
      <LinkList
        title="City partnerships"
        empty="None of its cities is in a partnership yet."
        items={country.partnerships.map((p) => ({
          key: p.id,
          href: `/partnerships/${p.id}`,
          label: p.name,
          sample: p.isSample,
        }))}
      />
      <section aria-labelledby="meetings-heading" className="mt-8">
        <h2 id="meetings-heading" className="mb-2 text-xl font-semibold">
          ASEM meetings hosted
        </h2>
        {country.meetings.length ? (
          <ul className="list-disc space-y-1 pl-5">
            {country.meetings.map((m) => (
              <li key={m.slug}>
                <Link href={`/meetings/${m.slug}`}>{meetingTitle(m)}</Link>, {m.city},{" "}
                {formatDateRange(m.startDate, m.endDate)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-gray-700">No ASEM summit or culture ministers&apos; meeting was held here.</p>
        )}
      </section>
      <LinkList
        title="ASEM workshops held or organised"
        empty="No ASEM workshop was held here or organised by it."
        items={country.workshops.map((w) => ({ key: w.slug, href: `/workshops/${w.slug}`, label: w.title }))}
      />
      <LinkList
        title={`Projects (${country.projectCount})`}
        empty="No project involves it yet."
        items={country.projects.map((p) => ({
          key: p.slug,
          href: `/projects/${p.slug}`,
          label: p.title,
          sample: p.isSample,
        }))}
        more={
          country.projectCount > 0
            ? {
                href: `/projects?country=${country.code}`,
                label: `${allOf(country.projectCount, "project")} involving ${country.name}`,
              }
            : undefined
        }
      />
      <LinkList
        title={`Organisations based here (${country.organisationCount})`}
        empty="No organisation based here is in the portal yet."
        items={country.organisations.map((o) => ({
          key: o.slug,
          href: `/organizations/${o.slug}`,
          label: o.name,
          sample: o.isSample,
        }))}
        more={
          country.organisationCount > country.organisations.length
            ? {
                href: `/organizations?country=${country.code}`,
                label: `${allOf(country.organisationCount, "organisation")} based in ${country.name}`,
              }
            : undefined
        }
      />
    </>
  );
}
