import { useTranslations } from "next-intl";
import Link from "next/link";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { plural } from "@/lib/format";
import { label } from "@/lib/labels";
import type { OrganisationListItem } from "@/lib/queries/organisations";

export function OrganisationList({
  organisations,
  headingLevel = 2,
}: {
  organisations: OrganisationListItem[];
  headingLevel?: 2 | 3;
}) {
  const tLabels = useTranslations("labels");
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="divide-y divide-gray-200">
      {organisations.map((organisation) => (
        <li key={organisation.id} className="py-3">
          <div className="entry-head">
            <Heading className="font-semibold">
              <Link href={`/organizations/${organisation.slug}`}>{organisation.name}</Link>
            </Heading>
            {organisation.verificationStatus === "VERIFIED" ? <Badge tone="brand">Verified</Badge> : null}
            {organisation.isSample ? <SampleBadge /> : null}
          </div>
          <p className="entry-meta">
            {label(tLabels, "organisationKind", organisation.kind)}
            {organisation.country ? `, ${organisation.country.name}` : ""} ·{" "}
            {plural(organisation._count.leadProjects, "project")} led
          </p>
        </li>
      ))}
    </ul>
  );
}
