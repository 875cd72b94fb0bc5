import { useTranslations } from "next-intl";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { SourceList } from "@/components/ui/source-list";
import { label } from "@/lib/labels";
import type { DocumentedLinkItem } from "@/lib/queries/documented-links";

type End = DocumentedLinkItem["cities"][number];

export function documentedLinkName(link: Pick<DocumentedLinkItem, "cities">) {
  return link.cities.map((end) => end.city.name).join(" – ");
}

function CityEnd({ end }: { end: End }) {
  const tLabels = useTranslations("labels");
  return (
    <>
      <Link href={`/cities?city=${end.city.slug}`}>{end.city.name}</Link>
      {end.nameInSource ? ` (“${end.nameInSource}” in the source)` : null},{" "}
      <Link href={`/countries/${end.city.country.code}`}>{end.city.country.name}</Link>
      {end.designation
        ? `, ${label(tLabels, "programmeShort", end.designation.programme)} ${end.designation.year}`
        : ", no ECoC or CCEA title"}
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
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="divide-y divide-gray-200">
      {links.map((link) => (
        <li key={link.id} id={`documented-${link.slug}`} className="py-4">
          <div className="entry-head">
            <Heading className="entry-title">{documentedLinkName(link)}</Heading>
            <Badge tone="brand">Documented</Badge>
            <Badge>{link.confidence === "HIGH" ? "High confidence" : "Medium confidence"}</Badge>
          </div>
          <p className="entry-meta">
            {link.kindLabel[0].toUpperCase() + link.kindLabel.slice(1)}
            {link.date ? `, ${link.date}` : ", date not given"}
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
  if (!links.length) return null;
  return (
    <section aria-labelledby="documented-links" className="mt-8">
      <h2 id="documented-links" className="text-xl font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-sm text-gray-800">
        Links between cities that public sources document: reference data, not pairings curated by the
        portal&apos;s team. Each names its sources.
      </p>
      <DocumentedLinkList links={links} />
    </section>
  );
}
