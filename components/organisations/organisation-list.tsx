import { useTranslations } from "next-intl";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { Link } from "@/i18n/navigation";
import { organisationKindLabels } from "@/lib/labels";
import type { OrganisationListItem } from "@/lib/queries/organisations";

export function OrganisationList({
  organisations,
  headingLevel = 2,
}: {
  organisations: OrganisationListItem[];
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations("lists.items");
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="divide-y divide-gray-200">
      {organisations.map((organisation) => (
        <li key={organisation.id} className="py-3">
          <div className="entry-head">
            <Heading className="font-semibold">
              <Link href={`/organizations/${organisation.slug}`}>{organisation.name}</Link>
            </Heading>
            {organisation.verificationStatus === "VERIFIED" ? (
              <Badge tone="brand">{t("verified")}</Badge>
            ) : null}
            {organisation.isSample ? <SampleBadge /> : null}
          </div>
          <p className="entry-meta">
            {organisationKindLabels[organisation.kind]}
            {organisation.country ? `, ${organisation.country.name}` : ""} ·{" "}
            {t("projectsLed", { count: organisation._count.leadProjects })}
          </p>
        </li>
      ))}
    </ul>
  );
}
