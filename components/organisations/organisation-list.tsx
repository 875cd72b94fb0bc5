import { useTranslations } from "next-intl";
import { EntryHead, EntryList, type HeadingLevel } from "@/components/lists/entry-list";
import { Badge, SampleBadge } from "@/components/ui/badge";
import { organisationKindLabels } from "@/lib/labels";
import type { OrganisationListItem } from "@/lib/queries/organisations";

export function OrganisationList({
  organisations,
  headingLevel = 2,
}: {
  organisations: OrganisationListItem[];
  headingLevel?: HeadingLevel;
}) {
  const t = useTranslations("lists.items");
  return (
    <EntryList items={organisations} spacing="py-3">
      {(organisation) => (
        <>
          <EntryHead
            href={`/organizations/${organisation.slug}`}
            title={organisation.name}
            level={headingLevel}
            className="font-semibold"
          >
            {organisation.verificationStatus === "VERIFIED" ? (
              <Badge tone="brand">{t("verified")}</Badge>
            ) : null}
            {organisation.isSample ? <SampleBadge /> : null}
          </EntryHead>
          <p className="entry-meta">
            {organisationKindLabels[organisation.kind]}
            {organisation.country ? `, ${organisation.country.name}` : ""} ·{" "}
            {t("projectsLed", { count: organisation._count.leadProjects })}
          </p>
        </>
      )}
    </EntryList>
  );
}
