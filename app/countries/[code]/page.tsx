import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Facts } from "@/components/ui/facts";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateRange } from "@/lib/format";
import { meetingKindLabels, programmeShortLabels, regionLabels } from "@/lib/labels";
import { getCountry } from "@/lib/queries/countries";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const country = await getCountry((await params).code);
  if (!country) return { title: "Country not found" };
  return {
    title: country.name,
    description: `${country.name} in Asia–Europe cultural cooperation: cities, meetings, organisations and projects.`,
  };
}

export default async function CountryPage({ params }: Props) {
  const country = await getCountry((await params).code);
  if (!country) notFound();
  const workshops = new Map(
    [...country.workshops, ...country.workshopOrganisers.map(({ workshop }) => workshop)].map((w) => [
      w.slug,
      w,
    ]),
  );
  const partnerships = country.cities.flatMap((city) =>
    city.designations.flatMap((designation) => [
      ...designation.ecocPartnerships.map((p) => ({
        key: p.id,
        href: `/partnerships/${p.id}`,
        label: `${city.name} ${designation.year} – ${p.cceaDesignation.city.name} ${p.cceaDesignation.year}`,
      })),
      ...designation.cceaPartnerships.map((p) => ({
        key: p.id,
        href: `/partnerships/${p.id}`,
        label: `${p.ecocDesignation.city.name} ${p.ecocDesignation.year} – ${city.name} ${designation.year}`,
      })),
    ]),
  );

  return (
    <article>
      <PageHeader title={country.name} lead={country.note} />
      <Facts
        items={[
          ["ASEM partner", country.asemPartner ? "Yes" : "No (hosts a European Capital of Culture)"],
          ["Group", country.region ? regionLabels[country.region] : null],
          ["Joined ASEM", country.joinedAt ?? country.joinedYear],
          ["Part of ASEM in 2010", country.asemPartner ? (country.inAsem2010List ? "Yes" : "No") : null],
        ]}
      />
      <LinkList
        title="Culture capitals and culture cities"
        empty="No European Capital of Culture or Culture City of East Asia here."
        items={country.cities.map((city) => ({
          key: city.slug,
          href: `/cities?city=${city.slug}`,
          label: `${city.name}: ${city.designations.map((d) => `${programmeShortLabels[d.programme]} ${d.year}`).join(", ")}`,
        }))}
      />
      <LinkList title="City partnerships" empty="No city partnerships yet." items={partnerships} />
      <LinkList
        title="ASEM meetings hosted"
        empty="No ASEM summit or culture ministers' meeting held here."
        items={country.meetings.map((m) => ({
          key: m.slug,
          href: `/about#meetings`,
          label: `${m.name} (${meetingKindLabels[m.kind]}), ${m.city}, ${formatDateRange(m.startDate, m.endDate)}`,
        }))}
      />
      <LinkList
        title="Workshops"
        empty="No workshops held or organised."
        items={[...workshops.values()].map((w) => ({
          key: w.slug,
          href: `/workshops/${w.slug}`,
          label: w.title,
        }))}
      />
      <LinkList
        title={`Projects (${country.projectCount})`}
        empty="No projects involve this country yet."
        items={country.projects.map((p) => ({
          key: p.slug,
          href: `/projects/${p.slug}`,
          label: p.title,
          sample: p.isSample,
        }))}
        more={
          country.projectCount > country.projects.length
            ? { href: `/projects?country=${country.code}`, label: "All its projects" }
            : undefined
        }
      />
      <LinkList
        title={`Organisations (${country.organisationCount})`}
        empty="No organisations registered here yet."
        items={country.organisations.map((o) => ({
          key: o.slug,
          href: `/organizations/${o.slug}`,
          label: o.name,
          sample: o.isSample,
        }))}
        more={
          country.organisationCount > country.organisations.length
            ? { href: `/organizations?country=${country.code}`, label: "All its organisations" }
            : undefined
        }
      />
      <p className="mt-8">
        <Link href="/countries">All ASEM partners</Link>
      </p>
    </article>
  );
}
