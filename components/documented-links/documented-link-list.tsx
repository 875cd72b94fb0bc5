import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import { SourceList } from "@/components/ui/source-list";
import { Link } from "@/i18n/navigation";
import { label } from "@/lib/labels";
import { countryName } from "@/lib/places";
import type { DocumentedLinkItem } from "@/lib/queries/documented-links";

type End = DocumentedLinkItem["cities"][number];

export function documentedLinkName(link: Pick<DocumentedLinkItem, "cities">) {
  return link.cities.map((end) => end.city.name).join(" – ");
}

function CityEnd({ end }: { end: End }) {
  const tLabels = useTranslations("labels");
  const t = useTranslations("map.documented");
  const locale = useLocale();
  return (
    <>
      <Link href={`/cities?city=${end.city.slug}`}>{end.city.name}</Link>
      {end.nameInSource ? ` ${t("nameInSource", { name: end.nameInSource })}` : null},{" "}
      <Link href={`/countries/${end.city.country.code}`}>{countryName(end.city.country, locale)}</Link>
      {end.designation
        ? `, ${label(tLabels, "programmeShort", end.designation.programme)} ${end.designation.year}`
        : `, ${t("noTitle")}`}
    </>
  );
}

// Facts from public sources, each with its sources: marked apart from curated pairings.
export function DocumentedLinkList({
  links,
  headingLevel = 3,
}: {
  links: DocumentedLinkItem[];
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations("map.documented");
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="divide-y divide-gray-200">
      {links.map((link) => (
        <li key={link.id} id={`documented-${link.slug}`} className="py-4">
          <div className="entry-head">
            <Heading className="entry-title">{documentedLinkName(link)}</Heading>
            <Badge tone="brand">{t("badge")}</Badge>
            <Badge>{link.confidence === "HIGH" ? t("highConfidence") : t("mediumConfidence")}</Badge>
          </div>
          <p className="entry-meta">
            {link.kindLabel[0].toUpperCase() + link.kindLabel.slice(1)}
            {`, ${link.date || t("noDate")}`}
          </p>
          <ul className="mt-1 text-sm text-gray-800">
            {link.cities.map((end) => (
              <li key={end.city.slug}>
                <CityEnd end={end} />
              </li>
            ))}
          </ul>
          <p className="mt-1">{link.summary}</p>
          <SourceList sources={link.sources} />
        </li>
      ))}
    </ul>
  );
}

// A section of documented links under a heading, or nothing when there are none.
export function DocumentedLinksSection({ links, title }: { links: DocumentedLinkItem[]; title: string }) {
  const t = useTranslations("map.documented");
  if (!links.length) return null;
  return (
    <Section id="documented-links" title={title} headingGap="none" className="mt-8">
      <p className="mt-1 text-sm text-gray-800">{t("intro")}</p>
      <DocumentedLinkList links={links} />
    </Section>
  );
}
