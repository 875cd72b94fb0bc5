import { useLocale, useTranslations } from "next-intl";
import { useDesignationStatus } from "@/components/cities/designation-table";
import {
  organisationLinks,
  partnershipLinks,
  projectLinks,
  workshopLinks,
} from "@/components/entries/entry-links";
import { LinkList } from "@/components/ui/link-list";
import { useFormat } from "@/lib/format";
import { label, meetingTitle } from "@/lib/labels";
import { cityName, countryName } from "@/lib/places";
import type { CountryDetail } from "@/lib/queries/countries";

// Everything a country takes part in, as sections of its page.
export function CountryActivity({ country }: { country: CountryDetail }) {
  const t = useTranslations("places.activity");
  const format = useFormat();
  const tLabels = useTranslations("labels");
  const locale = useLocale();
  const statusOf = useDesignationStatus();
  const name = countryName(country, locale);
  return (
    <>
      <LinkList
        title={t("titles")}
        empty={t("noTitles")}
        items={country.cities.map((city) => ({
          key: city.slug,
          href: `/cities?city=${city.slug}`,
          label: `${cityName(city, locale)}: ${city.designations
            .map((d) => `${label(tLabels, "programmeShort", d.programme)} ${d.year} (${statusOf(d.status)})`)
            .join(", ")}`,
        }))}
      />
      <LinkList
        title={t("partnerships")}
        empty={t("noPartnerships")}
        items={partnershipLinks(country.partnerships)}
      />
      <LinkList
        id="meetings-heading"
        title={t("meetings")}
        empty={t("noMeetings")}
        items={country.meetings.map((m) => ({
          key: m.slug,
          href: `/meetings/${m.slug}`,
          label: meetingTitle(tLabels, m),
          detail: `${m.city}, ${format.dateRange(m.startDate, m.endDate)}`,
        }))}
      />
      <LinkList title={t("workshops")} empty={t("noWorkshops")} items={workshopLinks(country.workshops)} />
      <LinkList
        title={t("projects", { count: country.projectCount })}
        empty={t("noProjects")}
        items={projectLinks(country.projects)}
        more={
          country.projectCount > 0
            ? {
                href: `/projects?country=${country.code}`,
                label: t("allProjects", { count: country.projectCount, country: name }),
              }
            : undefined
        }
      />
      <LinkList
        title={t("organisations", { count: country.organisationCount })}
        empty={t("noOrganisations")}
        items={organisationLinks(country.organisations)}
        more={
          country.organisationCount > country.organisations.length
            ? {
                href: `/organizations?country=${country.code}`,
                label: t("allOrganisations", { count: country.organisationCount, country: name }),
              }
            : undefined
        }
      />
    </>
  );
}
